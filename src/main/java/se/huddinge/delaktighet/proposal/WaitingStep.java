package se.huddinge.delaktighet.proposal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import se.huddinge.delaktighet.proposal.ProposalEvents.Step;

/**
 * Which due date a proposal is waiting for, and whether it is overdue or due soon: the rule once, for the screens
 * (on a loaded proposal) and for the database (as a SQL expression over the {@code proposal} table, for filters and
 * counts). {@code WaitingStepTest} checks that both give the same answer for every status. The dates themselves
 * are computed by {@link DueDates}.
 */
@Component
public class WaitingStep {

    /** The step each waiting status waits for; other statuses wait for none. */
    private static final Map<ProposalStatus, Step> WAITING = new EnumMap<>(Map.of(
            ProposalStatus.IN_MODERATION, Step.MODERATION,
            ProposalStatus.THRESHOLD_REACHED, Step.REFERRAL,
            ProposalStatus.REFERRED, Step.DECISION));

    private static final Map<Step, String> COLUMN = new EnumMap<>(Map.of(
            Step.MODERATION, "moderation_due",
            Step.REFERRAL, "referral_due",
            Step.DECISION, "decision_due"));

    /** How close a due date is. */
    public enum Urgency { NONE, ON_TRACK, DUE_SOON, OVERDUE }

    private final ProposalDeadlines deadlines;
    private final DueDates dueDates;
    private final Clock clock;

    WaitingStep(ProposalDeadlines deadlines, DueDates dueDates, Clock clock) {
        this.deadlines = deadlines;
        this.dueDates = dueDates;
        this.clock = clock;
    }

    /** The due date a step had when it began on {@code start} (before any delay moved it). */
    public LocalDate firstDue(Step step, LocalDate start) {
        return switch (step) {
            case MODERATION -> dueDates.moderation(start);
            case REFERRAL -> dueDates.referral(start);
            case DECISION -> dueDates.decision(start);
        };
    }

    /** The due date of the step the proposal waits for, or null when it waits for none. */
    public static LocalDate due(Proposal p) {
        Step step = WAITING.get(p.getStatus());
        return step == null ? null : p.dueDate(step);
    }

    /** {@link #due(Proposal)} as a SQL expression over the columns of {@code proposal} known as {@code alias}. */
    public static String sql(String alias) {
        return WAITING.entrySet().stream()
                .map(e -> " when '" + e.getKey().name() + "' then " + alias + "." + COLUMN.get(e.getValue()))
                .collect(Collectors.joining("", "(case " + alias + ".status", " end)"));
    }

    /** "Waits for a step" as a SQL condition over the columns of {@code proposal} known as {@code alias}. */
    public static String sqlWaiting(String alias) {
        return WAITING.keySet().stream().map(s -> "'" + s.name() + "'")
                .collect(Collectors.joining(", ", alias + ".status in (", ")"));
    }

    /** Today in the portal's zone: a due date before it has passed. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The last date that counts as due soon (officers are reminded up to it). */
    public LocalDate soonUntil() {
        return deadlines.dueSoonUntil();
    }

    /** How close {@code due} is today, by the clock and the service levels. */
    public Urgency urgency(LocalDate due) {
        return due == null ? Urgency.NONE : urgency(due, today(), soonUntil());
    }

    /**
     * The rule without the clock: {@code due} before {@code today} is overdue, up to and including {@code soonUntil}
     * due soon, later on track; no date, no urgency.
     */
    static Urgency urgency(LocalDate due, LocalDate today, LocalDate soonUntil) {
        if (due == null) {
            return Urgency.NONE;
        }
        if (due.isBefore(today)) {
            return Urgency.OVERDUE;
        }
        return due.isAfter(soonUntil) ? Urgency.ON_TRACK : Urgency.DUE_SOON;
    }
}
