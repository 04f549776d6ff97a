package se.huddinge.delaktighet.reporting;

import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.huddinge.delaktighet.proposal.ProposalStatus;
import se.huddinge.delaktighet.reporting.internal.TimelineQueries;
import se.huddinge.delaktighet.security.StaffRole;

/** The annual follow-up for any year: computed from the transitions, shown on screen, as PDF and as CSV. */
@Service
public class FollowUps {

    private final TimelineQueries timeline;
    private final HandlingTimes handlingTimes;
    private final FollowUpDocument document;
    private final FollowUpCsv csv;
    private final Clock clock;

    FollowUps(TimelineQueries timeline, HandlingTimes handlingTimes, FollowUpDocument document, FollowUpCsv csv,
              Clock clock) {
        this.timeline = timeline;
        this.handlingTimes = handlingTimes;
        this.document = document;
        this.csv = csv;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(StaffRole.IS_STAFF)
    public AnnualFollowUp of(int year) {
        Instant from = start(year);
        Instant to = start(year + 1);
        Instant previousFrom = start(year - 1);
        return new AnnualFollowUp(year, timeline.counts(from, to), timeline.counts(previousFrom, from),
                steps(from, to), steps(previousFrom, from), timeline.openAt(to), timeline.openAt(from),
                timeline.byNote(ProposalStatus.NOT_PUBLISHED, from, to),
                table("district", AnnualFollowUp.DISTRICT_FIGURES, from, to),
                table("committee", AnnualFollowUp.COMMITTEE_FIGURES, from, to));
    }

    /** The follow-up as an XHTML fragment: the screen shows it, the PDF prints it. */
    @Transactional(readOnly = true)
    @PreAuthorize(StaffRole.IS_STAFF)
    public String html(int year, Locale locale) {
        return document.fragment(of(year), locale);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(StaffRole.IS_STAFF)
    public void pdf(int year, Locale locale, OutputStream out) {
        document.pdf(of(year), locale, out);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(StaffRole.IS_STAFF)
    public void csv(int year, Locale locale, OutputStream out) {
        csv.write(of(year), locale, out);
    }

    /** The years there is something to report on, newest first (the current year included). */
    public List<Integer> years() {
        int now = LocalDate.now(clock).getYear();
        return java.util.stream.IntStream.rangeClosed(now - 9, now).boxed().sorted((a, b) -> b - a).toList();
    }

    private List<StepTime> steps(Instant from, Instant to) {
        return Arrays.stream(ServiceStep.values()).map(s -> handlingTimes.of(s, from, to, clock.getZone())).toList();
    }

    /** Per value of the column, the figures: each a status, or a decision's outcome (a DECIDED transition). */
    private Map<String, long[]> table(String column, List<String> figures, Instant from, Instant to) {
        var statuses = figures.stream().map(f -> isStatus(f) ? f : ProposalStatus.DECIDED.name()).distinct().toList();
        var conditions = figures.stream().map(f -> isStatus(f) ? "t.status = '" + f + "'"
                : "(t.status = 'DECIDED' and t.note = '" + f + "')").toList();
        return timeline.table(column, conditions, statuses, from, to);
    }

    private static boolean isStatus(String figure) {
        return Arrays.stream(ProposalStatus.values()).anyMatch(s -> s.name().equals(figure));
    }

    private Instant start(int year) {
        return LocalDate.of(year, 1, 1).atStartOfDay(clock.getZone()).toInstant();
    }
}
