package se.huddinge.delaktighet.reporting;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import se.huddinge.delaktighet.MutableClock;
import se.huddinge.delaktighet.proposal.Decision;
import se.huddinge.delaktighet.proposal.ProposalCaseService;
import se.huddinge.delaktighet.proposal.ProposalFixtures;
import se.huddinge.delaktighet.proposal.ProposalForm;
import se.huddinge.delaktighet.proposal.ProposalJobs;
import se.huddinge.delaktighet.proposal.ProposalService;

/**
 * A seeded year with known answers, step by step as residents and officers took them, the clock moved to each.
 * 2025: P1 (published, closed) and A (confirmed 22 Dec). 2026: A published 2 Jan (4 working days over Christmas),
 * B published, reached the threshold and referred late (decided only in February 2027), C and E not published,
 * D all the way to a decision, G withdrawn, F still in moderation when the year ends.
 */
final class FollowUpYear {

    private final ProposalFixtures given;
    private final ProposalService proposals;
    private final ProposalCaseService cases;
    private final ProposalJobs jobs;
    private final JdbcTemplate jdbc;
    private final MutableClock clock;
    long p1, a, b, c, d, e, f, g;

    FollowUpYear(ProposalFixtures given, ProposalService proposals, ProposalCaseService cases, ProposalJobs jobs,
                 JdbcTemplate jdbc, MutableClock clock) {
        this.given = given;
        this.proposals = proposals;
        this.cases = cases;
        this.jobs = jobs;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Everything up to the last day of 2026. */
    void seed2026() {
        at("2025-03-03"); p1 = confirm("P1 Fler papperskorgar", "Flemingsberg");
        at("2025-03-05"); publish(p1);
        at("2025-06-10"); jobs.closeEndedSupportPeriods();
        at("2025-12-22"); a = confirm("A Julbelysning i parken", "Flemingsberg");
        at("2026-01-02"); publish(a);
        at("2026-01-12"); b = confirm("B Ny busslinje till sjukhuset", "Skogås");
        at("2026-01-14"); publish(b);
        at("2026-02-02"); d = confirm("D Skateboardramp i Vårby", "Vårby"); threshold(b);
        at("2026-02-13"); publish(d);
        at("2026-03-02"); c = confirm("C Trasig gatlampa", "Flemingsberg"); threshold(d);
        at("2026-03-04"); given.asOfficer(() -> cases.reject(c, given.version(c), "FAULT_REPORT", null, null));
        at("2026-03-09"); e = confirm("E Synpunkt på snöröjningen", "Skogås");
        at("2026-03-16"); given.asOfficer(() -> cases.refer(b, given.version(b), "NATUR", "NATUR-2026/12"));
        at("2026-03-20"); given.asOfficer(() -> cases.refer(d, given.version(d), "KULTUR", "KFN-2026/4"));
        at("2026-03-27"); given.asOfficer(() -> cases.reject(e, given.version(e), "OPINION", null, null));
        at("2026-04-10"); jobs.closeEndedSupportPeriods();
        at("2026-05-04"); g = confirm("G Fler cykelställ", "Vårby");
        at("2026-05-05"); proposals.withdraw(given.manageToken(g));
        at("2026-06-10"); given.decide(d, Decision.BIFALL, LocalDate.of(2026, 6, 9));
        at("2026-12-21"); f = confirm("F Längre öppettider på biblioteket", "Flemingsberg");
        at("2026-12-31");
    }

    /** February 2027: B is decided, a year after it was referred. */
    void decideBIn2027() {
        at("2027-02-10");
        given.asOfficer(() -> cases.decide(b, given.version(b), Decision.AVSLAG, "Nämnden avslår förslaget.",
                LocalDate.of(2027, 2, 9), "NATUR 2027-02-09 § 12"));
    }

    private void at(String date) {
        clock.setTo(date + "T10:00:00");
    }

    private long confirm(String title, String district) {
        return given.inModeration(new ProposalForm(title, "Förslagets text, som beskriver idén tydligt.", district,
                "parker", "Anna Andersson", ProposalFixtures.AUTHOR_EMAIL, true, true, List.of()));
    }

    private void publish(long id) {
        given.asOfficer(() -> cases.publish(id, given.version(id)));
    }

    private void threshold(long id) {
        jdbc.update("update proposal set support_count = 99 where id = ?", id);
        given.support(id, "stod" + id + "@example.se");
    }
}
