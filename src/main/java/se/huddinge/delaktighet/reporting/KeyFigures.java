package se.huddinge.delaktighet.reporting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import se.huddinge.delaktighet.reporting.internal.TimelineQueries;

/**
 * The current year's key figures for the overview, kept for a short while in this instance
 * ({@code portal.review.key-figures-max-age}, one minute by default): they read every transition of the year and
 * every completed step's dates (the slowest part of the overview at 100,000 proposals), and a figure of the year
 * that is a minute old says the same thing. The overview states when they were counted. Per instance, as
 * docs/design.md ("Growing past one machine") allows for caches: another instance may show figures counted a few seconds apart.
 */
@Component
public class KeyFigures {

    /** The year's figures as counted at {@code countedAt}. */
    public record Snapshot(int year, YearCounts counts, List<StepTime> steps, Instant countedAt) {
    }

    private final TimelineQueries timeline;
    private final HandlingTimes handlingTimes;
    private final Clock clock;
    private final Duration maxAge;
    private volatile Snapshot last;

    KeyFigures(TimelineQueries timeline, HandlingTimes handlingTimes, Clock clock,
               @Value("${portal.review.key-figures-max-age:PT1M}") Duration maxAge) {
        this.timeline = timeline;
        this.handlingTimes = handlingTimes;
        this.clock = clock;
        this.maxAge = maxAge;
    }

    /** The figures counted less than the maximum age ago, or counted now (once, when many ask at the same time). */
    public Snapshot current() {
        Snapshot s = last;
        if (fresh(s)) {
            return s;
        }
        synchronized (this) {
            s = last;
            if (!fresh(s)) {
                s = count();
                last = s;
            }
            return s;
        }
    }

    /** Counts the current year's figures in the database now, without keeping them. */
    public Snapshot count() {
        Instant now = clock.instant();
        int year = LocalDate.ofInstant(now, clock.getZone()).getYear();
        Instant from = LocalDate.of(year, 1, 1).atStartOfDay(clock.getZone()).toInstant();
        Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay(clock.getZone()).toInstant();
        var steps = Arrays.stream(ServiceStep.values())
                .map(step -> handlingTimes.of(step, from, to, clock.getZone())).toList();
        return new Snapshot(year, timeline.counts(from, to), steps, now);
    }

    private boolean fresh(Snapshot s) {
        if (s == null) {
            return false;
        }
        Instant now = clock.instant();
        return now.isBefore(s.countedAt().plus(maxAge)) && !now.isBefore(s.countedAt())
                && LocalDate.ofInstant(now, clock.getZone()).getYear() == s.year();
    }
}
