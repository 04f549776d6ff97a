package se.huddinge.delaktighet.privacy;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.huddinge.delaktighet.base.i18n.PortalI18n;
import se.huddinge.delaktighet.notification.LetterEntry;
import se.huddinge.delaktighet.notification.Letters;
import se.huddinge.delaktighet.SentLinks;
import se.huddinge.delaktighet.proposal.Decision;
import se.huddinge.delaktighet.proposal.FollowThroughEvents;
import se.huddinge.delaktighet.proposal.MySubmissionsLinkRequested;
import se.huddinge.delaktighet.proposal.MySubmissionsService;
import se.huddinge.delaktighet.proposal.ProposalFixtures;
import se.huddinge.delaktighet.proposal.ProposalFollows;
import se.huddinge.delaktighet.proposal.ProposalTestBase;
import se.huddinge.delaktighet.reporting.FollowUps;
import se.huddinge.delaktighet.reporting.Overview;

/**
 * Personal data goes when its period has passed, and not a day before: the retention job is run at the last moment
 * before each period ends and just after, and what is stored is read each time (the default periods of
 * {@code config/application.yml}: 30 days after a link stopped working, 12 months after a matter closed, 90 days
 * after a letter was delivered).
 */
class RetentionJobTest extends ProposalTestBase {

    @Autowired
    RetentionJob retention;
    @Autowired
    MySubmissionsService mine;
    @Autowired
    Letters letters;
    @Autowired
    FollowUps followUps;
    @Autowired
    Overview overview;
    @Autowired
    ProposalFollows follows;

    @Test
    void an_unconfirmed_proposal_its_link_and_its_letters_are_deleted_30_days_after_the_link_stopped_working() {
        long unconfirmed = given.submit(ProposalFixtures.form("Aldrig bekräftat förslag"));
        long confirmed = given.inModeration("Bekräftat samma dag");
        awaitLetters("HF-unconfirmed-" + unconfirmed, 1);

        clock.setTo("2026-04-03T09:00:00");        // the link stopped working 5 March 09:00; one day short of 30 days
        assertThat(retention.run().unconfirmedProposals()).isZero();
        assertThat(rows("proposal where id = " + unconfirmed)).isOne();
        assertThat(rows("access_link where target_id = " + unconfirmed + " and purpose = 'CONFIRM_PROPOSAL'")).isOne();

        clock.setTo("2026-04-04T09:00:01");
        assertThat(retention.run().unconfirmedProposals()).isOne();
        assertThat(rows("proposal where id = " + unconfirmed)).isZero();
        assertThat(rows("proposal_timeline where proposal_id = " + unconfirmed)).isZero();
        assertThat(rows("access_link where target_id = " + unconfirmed + " and purpose like '%PROPOSAL'")).isZero();
        assertThat(rows("letter where subject_ref = 'HF-unconfirmed-" + unconfirmed + "'")).isZero();
        assertThat(given.status(confirmed)).as("a confirmed proposal stays").isEqualTo("IN_MODERATION");

        assertThat(retention.run()).as("a second run finds nothing")
                .isEqualTo(new RetentionJob.Report(0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void an_unconfirmed_support_its_link_and_its_letter_go_30_days_after_the_link_stopped_working() {
        long id = given.published(BENCHES);
        given.support(id, "cia@example.se");
        service.requestSupport(given.reference(id), "bo@example.se", true, PortalI18n.SWEDISH);
        awaitLetters(given.reference(id), 4);       // received, published, Cia's and Bo's confirmation links
        long bo = jdbc.queryForObject("select id from support where email = 'bo@example.se'", Long.class);

        clock.setTo("2026-04-03T09:00:00");
        assertThat(retention.run().unconfirmedSupports()).isZero();
        assertThat(rows("support where email = 'bo@example.se'")).isOne();

        clock.setTo("2026-04-04T09:00:01");
        var report = retention.run();
        assertThat(report.unconfirmedSupports()).isOne();
        assertThat(report.letterRecipients()).as("Bo's confirmation letter").isOne();
        assertThat(rows("support where email = 'bo@example.se'")).isZero();
        assertThat(rows("access_link where target_id = " + bo + " and purpose = 'CONFIRM_SUPPORT'")).isZero();
        assertThat(jdbc.queryForList("select recipient from letter", String.class)).doesNotContain("bo@example.se");
        assertThat(jdbc.queryForObject("select concat(recipient, body_text, body_html) from letter "
                + "where template = 'support-confirm-email' and recipient = '–'", String.class)).isEqualTo("–");
        assertThat(rows("support where email = 'cia@example.se' and confirmed_at is not null")).isOne();
        assertThat(jdbc.queryForObject("select support_count from proposal where id = ?", Integer.class, id)).isOne();
        assertThat(retention.run().unconfirmedSupports()).as("once").isZero();
    }

    @Test
    void an_unconfirmed_follow_its_link_and_its_letter_go_30_days_after_the_link_stopped_working() {
        long id = given.published(BENCHES);
        follows.request(given.reference(id), "fia@example.se", PortalI18n.SWEDISH);
        follows.confirm(SentLinks.token(events.stream(FollowThroughEvents.FollowRequested.class).reduce((a, b) -> b)
                .orElseThrow().confirmLink()));
        follows.request(given.reference(id), "bo@example.se", PortalI18n.SWEDISH);
        awaitLetters(given.reference(id), 4);       // received, published, Fia's and Bo's confirmation links
        long bo = jdbc.queryForObject("select id from proposal_follow where email = 'bo@example.se'", Long.class);
        assertThat(rows("letter where recipient = 'bo@example.se'")).isOne();

        clock.setTo("2026-04-03T09:00:00");         // the link stopped working 5 March 09:00; one day short of 30 days
        assertThat(retention.run().unconfirmedFollows()).isZero();
        assertThat(rows("proposal_follow where id = " + bo)).isOne();

        clock.setTo("2026-04-04T09:00:01");
        var report = retention.run();
        assertThat(report.unconfirmedFollows()).isOne();
        assertThat(report.letterRecipients()).as("Bo's confirmation letter").isOne();
        assertThat(rows("proposal_follow where id = " + bo)).isZero();
        assertThat(rows("access_link where target_id = " + bo + " and purpose = 'CONFIRM_FOLLOW'")).isZero();
        assertThat(rows("letter where recipient = 'bo@example.se'")).isZero();
        assertThat(rows("proposal_follow where email = 'fia@example.se' and confirmed_at is not null"))
                .as("a confirmed follow stays").isOne();
        assertThat(follows.count(id)).isOne();
        assertThat(retention.run().unconfirmedFollows()).as("once").isZero();
    }

    @Test
    void names_and_addresses_of_a_decided_proposal_are_anonymised_12_months_after_the_decision_and_the_figures_stay() {
        long id = given.referred(BENCHES);          // supported by sista.stodet@example.se
        given.decide(id, Decision.BIFALL, LocalDate.of(2026, 3, 2));
        String reference = given.reference(id);
        awaitLetters(reference, 5);

        clock.setTo("2027-03-01T09:00:00");         // decided Monday 2 March 2026 09:00; one day short of 12 months
        assertThat(retention.run().proposals()).isZero();
        assertThat(jdbc.queryForObject("select author_email from proposal where id = ?", String.class, id))
                .isEqualTo(ProposalFixtures.AUTHOR_EMAIL);
        assertThat(mySubmissions(ProposalFixtures.AUTHOR_EMAIL)).isOne();

        clock.setTo("2027-03-02T09:00:01");
        String followUp = followUp();
        var figures = ProposalFixtures.as("ledamot", () -> overview.figures(), "COMMITTEE");
        var report = retention.run();
        assertThat(report.proposals()).isOne();
        assertThat(report.supports()).isOne();
        assertThat(jdbc.queryForMap("select author_name, author_email, title, support_count, status from proposal "
                + "where id = ?", id)).containsEntry("author_name", "–").containsEntry("author_email", "–")
                .containsEntry("title", BENCHES).containsEntry("support_count", 100).containsEntry("status", "DECIDED");
        assertThat(jdbc.queryForList("select email from support", String.class)).containsOnlyNulls();
        assertThat(rows("access_link where target_id = " + id)).as("the manage link").isZero();
        assertThat(jdbc.queryForList("select distinct recipient from letter where subject_ref in (?, ?)", String.class,
                reference, "HF-unconfirmed-" + id)).containsExactly("–");
        assertThat(jdbc.queryForList("select body_text from letter where subject_ref = ?", String.class, reference))
                .containsOnly("");

        // what the committee reads is unchanged; the resident's list no longer finds the proposal
        assertThat(followUp()).isEqualTo(followUp);
        assertThat(ProposalFixtures.as("ledamot", () -> overview.figures(), "COMMITTEE")).isEqualTo(figures);
        assertThat(mySubmissions(ProposalFixtures.AUTHOR_EMAIL)).isZero();
        assertThat(mySubmissions("sista.stodet@example.se")).isZero();
        UI.getCurrent().navigate("forslag/" + reference);
        assertThat(_get(H1.class).getText()).as("the public page").isEqualTo(BENCHES);
        login("hanna", "OFFICER");
        UI.getCurrent().navigate("granskning/forslag/" + id);
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).contains("Inskickat av – (–)");
        assertThat(retention.run().proposals()).as("once").isZero();
    }

    @Test
    void a_proposal_not_published_or_withdrawn_is_anonymised_12_months_after_it_closed() {
        long rejected = given.inModeration("Trasig lampa på Storgatan");
        given.asOfficer(() -> cases.reject(rejected, given.version(rejected), "FAULT_REPORT", null, null));
        clock.setTo("2026-06-01T10:00:00");
        long withdrawn = given.inModeration("Ångrat förslag");
        service.withdraw(given.manageToken(withdrawn));

        clock.setTo("2027-03-02T09:00:01");
        assertThat(retention.run().proposals()).as("the one not published").isOne();
        assertThat(jdbc.queryForObject("select author_email from proposal where id = ?", String.class, withdrawn))
                .isEqualTo(ProposalFixtures.AUTHOR_EMAIL);
        clock.setTo("2027-06-01T10:00:01");
        assertThat(retention.run().proposals()).as("the one withdrawn").isOne();
        assertThat(jdbc.queryForList("select distinct author_email from proposal", String.class)).containsExactly("–");
    }

    @Test
    void a_letter_loses_its_text_90_days_after_delivery_and_staff_see_it_as_deleted_and_cannot_resend_it() {
        long id = given.inModeration(BENCHES);
        String reference = given.reference(id);
        awaitLetters(reference, 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> rows("letter where attempts = 0") == 0);
        jdbc.update("update letter set status = 'SENT', sent_at = ?", java.time.LocalDateTime.of(2026, 3, 2, 8, 0));

        clock.setTo("2026-05-30T09:00:00");         // delivered 2 March 09:00 Stockholm; one day short of 90 days
        assertThat(retention.run().letterContents()).isZero();
        assertThat(rows("letter where body_text <> '' and content_deleted_at is null")).isEqualTo(rows("letter"));

        clock.setTo("2026-05-31T09:00:01");
        var report = retention.run();
        assertThat(report.letterContents()).isEqualTo(rows("letter"));
        assertThat(jdbc.queryForList("select concat(body_text, body_html) from letter", String.class)).containsOnly("");
        assertThat(jdbc.queryForList("select recipient from letter", String.class))
                .as("the matter is open: its address stays").containsOnly(ProposalFixtures.AUTHOR_EMAIL);
        assertThat(jdbc.queryForList("select subject from letter where subject_ref = ?", String.class, reference))
                .as("the subject line stays").contains("Vi har tagit emot ditt förslag " + reference);
        assertThat(retention.run().letterContents()).as("once").isZero();

        login("hanna", "OFFICER");
        UI.getCurrent().navigate("granskning/forslag/" + id);
        @SuppressWarnings("unchecked")
        Grid<LetterEntry> log = _find(Grid.class).stream().filter(g -> g.getColumnByKey("resend") != null)
                .findFirst().orElseThrow();
        assertThat(GridKt._getFormattedRow(log, 0)).anyMatch(cell -> cell.contains("innehållet gallrat"));
        var resend = (Button) GridKt._getCellComponent(log, 0, "resend");
        assertThat(resend.isEnabled()).isFalse();
        long letterId = GridKt._get(log, 0).id();
        assertThatThrownBy(() -> ProposalFixtures.as("hanna", () -> {
            letters.resend(letterId);
            return null;
        }, "OFFICER")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void every_run_writes_its_counts_to_the_audit_trail_and_never_an_address() {
        long id = given.published(BENCHES);
        service.requestSupport(given.reference(id), "bo@example.se", false, PortalI18n.SWEDISH);
        awaitLetters(given.reference(id), 3);
        clock.setTo("2026-04-04T09:00:01");
        retention.run();
        retention.run();

        var values = jdbc.queryForList("select after_value from audit_event where kind = 'RETENTION' order by id",
                String.class);
        assertThat(values).hasSize(2);
        assertThat(values.get(0)).contains("obekräftade stöd raderade: 1").doesNotContain("@");
        assertThat(values.get(1)).contains("obekräftade stöd raderade: 0");
        assertThat(jdbc.queryForList("select distinct actor from audit_event where kind = 'RETENTION'", String.class))
                .containsExactly("system");
    }

    private int rows(String fromWhere) {
        return jdbc.queryForObject("select count(*) from " + fromWhere, Integer.class);
    }

    /** Until the letters are written and none is being handed to the mail server (the job leaves those alone). */
    private void awaitLetters(String subjectRef, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> rows("letter where subject_ref = '" + subjectRef + "'") >= count
                && rows("letter where status = 'SENDING'") == 0);
    }

    private String followUp() {
        var out = new ByteArrayOutputStream();
        ProposalFixtures.as("ledamot", () -> {
            followUps.csv(2026, PortalI18n.SWEDISH, out);
            return null;
        }, "COMMITTEE");
        return out.toString(StandardCharsets.UTF_8);
    }

    /** How many proposals the address's "Mina inskick" lists, written or supported. */
    private int mySubmissions(String email) {
        mine.requestLink(email, PortalI18n.SWEDISH);
        var link = events.stream(MySubmissionsLinkRequested.class).reduce((a, b) -> b).orElseThrow().link();
        if (link == null) {
            return 0;                               // "we found nothing": a letter without a link
        }
        String token = se.huddinge.delaktighet.SentLinks.token(link);
        var list = mine.list(mine.open(token));
        return list.submitted().size() + list.supported().size();
    }
}
