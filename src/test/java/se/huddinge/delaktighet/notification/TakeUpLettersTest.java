package se.huddinge.delaktighet.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import se.huddinge.delaktighet.Database;
import se.huddinge.delaktighet.MutableClock;
import se.huddinge.delaktighet.PortalTest;
import se.huddinge.delaktighet.base.i18n.PortalI18n;
import se.huddinge.delaktighet.proposal.ProposalCaseService;
import se.huddinge.delaktighet.proposal.ProposalForm;
import se.huddinge.delaktighet.proposal.ProposalJobs;
import se.huddinge.delaktighet.proposal.ProposalService;
import se.huddinge.delaktighet.proposal.ProposalTakeUps;
import se.huddinge.delaktighet.proposal.TakenUp;

/**
 * A politician took up a proposal that closed below the threshold: the author and the supporters who asked to hear
 * get a letter in their own language saying what happened, who took it up and where, what happens next and where to
 * follow it; a supporter who did not ask gets nothing.
 */
@PortalTest
class TakeUpLettersTest {

    private static final Locale SV = PortalI18n.SWEDISH;
    private static final Locale EN = PortalI18n.ENGLISH;

    @Autowired
    ProposalService proposals;
    @Autowired
    ProposalCaseService cases;
    @Autowired
    ProposalJobs jobs;
    @Autowired
    ProposalTakeUps takeUps;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    private final Mailbox mail = new Mailbox();

    @BeforeEach
    void start() {
        Database.clear(jdbc);
        mail.start();
    }

    @AfterEach
    void stop() {
        mail.stop();
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_author_and_the_supporters_who_asked_hear_who_took_it_up_each_in_their_language() {
        clock.setTo("2026-03-02T09:00:00");
        long id = proposals.submit(new ProposalForm("Fler bänkar i parken", "Ställ fler bänkar i Flemingsbergsparken "
                + "så att fler kan vila.", "Flemingsberg", "parker", "Eve Evans", "eve@example.com", true, true,
                List.of()), EN);
        String reference = proposals.confirm(mail.letterTo("eve@example.com", "Confirm your e-mail address")
                .token("forslag/bekrafta/")).reference();
        as("OFFICER", () -> cases.publish(id, cases.get(id).version()));
        support(reference, "gun@example.se", true, SV);
        support(reference, "hans@example.com", true, EN);
        support(reference, "ida@example.se", false, SV);
        clock.setTo("2026-05-31T09:00:01");
        jobs.closeEndedSupportPeriods();
        clock.setTo("2026-06-10T10:00:00");

        as("COMMITTEE", () -> takeUps.record(id, new TakenUp.Form("Karin Berg (S)", "kommunfullmäktige",
                "KS-2026/123", "Karin Berg har lämnat en motion.", LocalDate.of(2026, 6, 9))));

        var toAuthor = mail.letterTo("eve@example.com", "has taken up");
        assertThat(toAuthor.subject()).isEqualTo("A politician has taken up your proposal " + reference);
        assertThat(toAuthor.language()).isEqualTo("en");
        assertThat(toAuthor.text()).contains("Hello Eve Evans,", "did not get enough support", "a politician has "
                + "taken up your idea", "Who: Karin Berg (S)", "Where: kommunfullmäktige", "Date: Tuesday 9 June 2026",
                "Case number: KS-2026/123", "\"Karin Berg har lämnat en motion.\"", "What happens next?",
                "You do not need to do anything", "http://localhost:8080/forslag/" + reference);
        var toGun = mail.letterTo("gun@example.se", "har tagit upp");
        assertThat(toGun.subject()).isEqualTo("En politiker har tagit upp förslaget " + reference + " som du stödde");
        assertThat(toGun.language()).isEqualTo("sv");
        assertThat(toGun.text()).contains("Hej!", "Vem: Karin Berg (S)", "Var: kommunfullmäktige",
                "Datum: tisdag 9 juni 2026", "Diarienummer: KS-2026/123", "Vad händer nu?",
                "http://localhost:8080/forslag/" + reference, "bad om att få höra om förslaget")
                .doesNotContain("Eve Evans");
        assertThat(mail.letterTo("hans@example.com", "has taken up the proposal").text())
                .contains("Where: kommunfullmäktige", "You get this e-mail because you asked");
        assertThat(jdbc.queryForObject("select count(*) from letter where recipient = 'ida@example.se' and template "
                + "like '%taken-up%'", Integer.class)).as("Ida did not ask to hear").isZero();

        as("OFFICER", () -> takeUps.record(id, new TakenUp.Form("Per Ek (M)", "kommunstyrelsen", null,
                "Per Ek har ställt en fråga.", LocalDate.of(2026, 6, 10))));
        assertThat(mail.letterTo("eve@example.com", "has taken up").text()).isNotNull();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from letter where recipient = 'eve@example.com' and template = 'proposal-taken-up'",
                Integer.class) == 2);
        // the supporters' letters follow the author's, in their own batch (SubscriberLetters)
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from letter where recipient = 'gun@example.se' and template = 'supporter-taken-up'",
                Integer.class) == 2);
        var letters = jdbc.queryForList("select body_text from letter where recipient = 'gun@example.se' and template = "
                + "'supporter-taken-up' order by id", String.class);
        assertThat(letters).hasSize(2);
        assertThat(letters.get(1)).contains("Vem: Per Ek (M)", "Så här står det om saken: ”Per Ek har ställt en fråga.”")
                .doesNotContain("Diarienummer");
    }

    private void support(String reference, String email, boolean hear, Locale locale) {
        proposals.requestSupport(reference, email, hear, locale);
        proposals.confirmSupport(mail.letterTo(email, locale == EN ? "Confirm your support" : "Bekräfta ditt stöd")
                .token("stod/bekrafta/"));
    }

    private static <T> T as(String role, Supplier<T> action) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("staff", null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role))));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
