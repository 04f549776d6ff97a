package se.huddinge.delaktighet.proposal;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import se.huddinge.delaktighet.base.WorkingDays;
import se.huddinge.delaktighet.proposal.ProposalEvents.Step;

/**
 * Every date the portal promises about a proposal, computed here only. Each is a Swedish working day: a period
 * counted in months that ends on a weekend or a holiday ends on the next working day (docs/design.md, "Feedback").
 */
@Component
class DueDates {

    private final WorkingDays workingDays;
    private final ProposalRules rules;
    private final ServiceLevels levels;

    DueDates(WorkingDays workingDays, ProposalRules rules, ServiceLevels levels) {
        this.workingDays = workingDays;
        this.rules = rules;
        this.levels = levels;
    }

    /** The moderation decision, counted from the day the author confirmed. */
    LocalDate moderation(LocalDate confirmed) {
        return workingDays.plusWorkingDays(confirmed, rules.moderationWorkingDays());
    }

    /** The referral, counted from the day the threshold was reached. */
    LocalDate referral(LocalDate reached) {
        return workingDays.plusWorkingDays(reached, rules.referralWorkingDays());
    }

    /** The expected decision, counted from the day of the referral. */
    LocalDate decision(LocalDate referred) {
        return workingDays.onOrAfter(referred.plus(rules.decisionPeriod()));
    }

    /** The new date of a step that is late today. */
    LocalDate postponed(Step step, LocalDate today) {
        return switch (step) {
            case MODERATION -> workingDays.plusWorkingDays(today, levels.moderationDelayWorkingDays());
            case REFERRAL -> workingDays.plusWorkingDays(today, levels.referralDelayWorkingDays());
            case DECISION -> workingDays.onOrAfter(today.plus(levels.decisionDelay()));
        };
    }

    /** The last due date that counts as "due soon" today: officers are reminded of it, the queues mark it. */
    LocalDate dueSoonUntil(LocalDate today) {
        return workingDays.plusWorkingDays(today, levels.reminderWorkingDays());
    }
}
