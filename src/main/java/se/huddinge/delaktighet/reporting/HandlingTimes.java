package se.huddinge.delaktighet.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;

import org.springframework.stereotype.Component;

import se.huddinge.delaktighet.proposal.ProposalEvents;
import se.huddinge.delaktighet.proposal.WaitingStep;
import se.huddinge.delaktighet.reporting.internal.TimelineQueries;
import se.huddinge.delaktighet.reporting.internal.WorkingDayCounter;

/**
 * Handling times per step in working days, and how many steps were done by their first due date (the date the
 * step was given when it began, before any delay moved it). Only the dates of the completed steps are read.
 */
@Component
public class HandlingTimes {

    private final TimelineQueries timeline;
    private final WorkingDayCounter counter;
    private final WaitingStep waiting;

    HandlingTimes(TimelineQueries timeline, WorkingDayCounter counter, WaitingStep waiting) {
        this.timeline = timeline;
        this.counter = counter;
        this.waiting = waiting;
    }

    public StepTime of(ServiceStep step, Instant from, Instant to, ZoneId zone) {
        var pairs = timeline.stepDates(step, from, to, zone);
        double[] days = new double[pairs.size()];
        int onTime = 0;
        // a year's steps begin on a few hundred dates: each first due date is worked out once per date
        var firstDue = new java.util.HashMap<LocalDate, LocalDate>();
        var kind = ProposalEvents.Step.valueOf(step.name());
        for (int i = 0; i < days.length; i++) {
            LocalDate start = pairs.get(i)[0];
            LocalDate done = pairs.get(i)[1];
            days[i] = counter.between(start, done);
            if (!done.isAfter(firstDue.computeIfAbsent(start, s -> waiting.firstDue(kind, s)))) {
                onTime++;
            }
        }
        Arrays.sort(days);
        return new StepTime(step, days.length, percentile(days, 0.5), percentile(days, 0.9), onTime);
    }

    /** The p-quantile of sorted values by linear interpolation between the closest ranks (PERCENTILE_CONT). */
    static Double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return null;
        }
        double rank = p * (sorted.length - 1);
        int lower = (int) Math.floor(rank);
        int upper = (int) Math.ceil(rank);
        return sorted[lower] + (rank - lower) * (sorted[upper] - sorted[lower]);
    }
}
