package se.huddinge.delaktighet.reporting;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import se.huddinge.delaktighet.proposal.ProposalStatus;

/**
 * The staff overview's figures, each counted in the database.
 *
 * @param byStatus  proposals in each status now
 * @param overdue   waiting steps past their due date
 * @param dueSoon   waiting steps due from today up to the reminder horizon
 * @param year      the current year: the steps taken so far
 * @param steps     the current year's handling times per step
 * @param countedAt when the current year's figures were counted (they are kept for a minute)
 * @param queues    queues other features contribute (label key, count, path)
 */
public record OverviewFigures(Map<ProposalStatus, Long> byStatus, long overdue, long dueSoon, int currentYear,
                              YearCounts year, List<StepTime> steps, Instant countedAt,
                              List<Queue> queues) {

    public record Queue(String labelKey, long count, String path) {
    }

    public StepTime step(ServiceStep step) {
        return steps.stream().filter(s -> s.step() == step).findFirst().orElseThrow();
    }

    /** Steps done on time this year, as a share of all steps with a service level completed. */
    public Double onTimeShare() {
        return StepTime.onTimeShare(steps);
    }
}
