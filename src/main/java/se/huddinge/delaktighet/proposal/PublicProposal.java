package se.huddinge.delaktighet.proposal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.OptionalLong;
import java.time.LocalDate;

/** What anyone may see of a proposal: no name, no e-mail address. */
public record PublicProposal(long id, String reference, ProposalStatus status, String title, String text,
                             String district, String category, int supportCount, Instant publishedAt,
                             Instant supportEndsAt, LocalDate moderationDue, LocalDate referralDue,
                             String committee, String caseNumber, LocalDate decisionDue, Decision decision,
                             String decisionMotivation, LocalDate meetingDate, String minutesRef, String ground,
                             Long similarToId, boolean openForSupport) {

    /**
     * Whole days left to support it, counted in calendar days in the clock's zone (as the end date beside it is, so
     * a switch to summer time does not take a day off); empty when it is not open for support. The one place this is
     * counted.
     */
    public OptionalLong supportDaysLeft(Clock clock) {
        if (!openForSupport) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(0, ChronoUnit.DAYS.between(LocalDate.now(clock),
                LocalDate.ofInstant(supportEndsAt, clock.getZone()))));
    }

    static PublicProposal of(Proposal p, Instant now) {
        return new PublicProposal(p.getId(), p.getReference(), p.getStatus(), p.getTitle(), p.getText(),
                p.getDistrict(), p.getCategory(), p.getSupportCount(), p.getPublishedAt(), p.getSupportEndsAt(),
                p.getModerationDue(), p.getReferralDue(), p.getCommittee(), p.getCaseNumber(), p.getDecisionDue(),
                p.getDecision(), p.getDecisionMotivation(), p.getMeetingDate(), p.getMinutesRef(), p.getGround(),
                p.getSimilarToId(), p.isOpenForSupport(now));
    }
}
