package se.huddinge.delaktighet.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.huddinge.delaktighet.Database;
import se.huddinge.delaktighet.MutableClock;
import se.huddinge.delaktighet.PortalTest;
import se.huddinge.delaktighet.base.form.InvalidInput;
import se.huddinge.delaktighet.base.i18n.PortalI18n;
import se.huddinge.delaktighet.proposal.Decision;
import se.huddinge.delaktighet.proposal.ImplementationRecord;
import se.huddinge.delaktighet.proposal.ImplementationStatus;
import se.huddinge.delaktighet.proposal.ProposalCaseService;
import se.huddinge.delaktighet.proposal.ProposalFixtures;
import se.huddinge.delaktighet.proposal.ProposalFollows;
import se.huddinge.delaktighet.proposal.ProposalForm;
import se.huddinge.delaktighet.proposal.ProposalImplementations;
import se.huddinge.delaktighet.proposal.ProposalRules;
import se.huddinge.delaktighet.proposal.ProposalService;

/**
 * Following a proposal and the follow-through of an approved one, as residents read their mail (DD29): a follower
 * hears every step, once even when they also support, and never counts as a support; each change of the work's
 * status reaches the author, the followers and the supporters who asked to hear, with a note exactly as typed; the
 * stop link in a letter ends the letters and forgets the address.
 */
@PortalTest
class FollowLettersTest {

    private static final Locale SV = PortalI18n.SWEDISH;
    private static final Locale EN = PortalI18n.ENGLISH;
    private static final String AUTHOR = "anna@example.se";
    /** Text an officer might paste: a link marker, template and spreadsheet syntax, markup. */
    private static final String HOSTILE = "Se {link:access:1} och ${7*7} [[${7*7}]] <b>fet</b> =HYPERLINK(\"http://x\")";

    @Autowired
    ProposalService proposals;
    @Autowired
    ProposalCaseService cases;
    @Autowired
    ProposalFollows follows;
    @Autowired
    ProposalImplementations implementations;
    @Autowired
    ProposalRules rules;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    private final Mailbox mail = new Mailbox();

    @BeforeEach
    void start() {
        Database.clear(jdbc);
        mail.start();
        clock.setTo("2026-03-02T09:00:00");
    }

    @AfterEach
    void stop() {
        mail.stop();
    }

    @Test
    void a_follower_hears_each_step_once_even_when_they_also_support_and_is_never_counted() {
        long id = published();
        String reference = reference(id);
        follow(reference, "fia@example.se", SV);
        follow(reference, "hans@example.com", EN);
        support(reference, "gun@example.se", true, SV);
        follow(reference, "gun@example.se", SV);
        assertThat(supportCount(id)).as("following is not supporting").isOne();

        jdbc.update("update proposal set support_count = ? where id = ?", rules.supportThreshold() - 1, id);
        support(reference, "sista@example.se", false, SV);
        var threshold = mail.letterTo("fia@example.se", "har fått");
        assertThat(threshold.subject()).isEqualTo("Förslaget " + reference + " som du följer har fått "
                + rules.supportThreshold() + " stöd");
        assertThat(threshold.text()).contains("Nu går det vidare till politikerna", "folj/sluta/");
        assertThat(mail.letterTo("hans@example.com", "has got").text()).contains("you follow the proposal");

        as(() -> cases.refer(id, version(id), "NATUR", "NATUR-2026/17"));
        assertThat(mail.letterTo("gun@example.se", "har lämnats till en nämnd").text()).contains("NATUR-2026/17");
        as(() -> cases.decide(id, version(id), Decision.BIFALL, "Bänkarna ryms i budgeten.", LocalDate.of(2026, 3, 2),
                "NATUR 2026-03-02 § 4"));

        var decided = mail.letterTo("fia@example.se", "Beslut om förslaget");
        assertThat(decided.subject()).isEqualTo("Beslut om förslaget " + reference + " som du följer");
        assertThat(decided.text()).contains("Nämnden har sagt ja", "Du får ett mejl när arbetet med förslaget kommer "
                + "framåt.", "slutar du följa det:\nhttp://localhost:8080/folj/sluta/")
                .doesNotContain("Tack för ditt stöd", "Anna Andersson");
        assertThat(mail.letterTo("hans@example.com", "Decision on the proposal").subject()).endsWith("you follow");
        awaitRoundsDone();
        assertThat(mail.allTo("gun@example.se", 5).stream().map(Mailbox.Received::subject))
                .as("gun supports and follows: two links, then one letter per step").hasSize(5).containsOnlyOnce(
                        "Beslut om förslaget " + reference + " som du följer");
        assertThat(lettersTo("gun@example.se", "supporter-decided")).isOne();
        assertThat(lettersTo("sista@example.se", "follower-referred")).as("sista did not ask").isZero();
        assertThat(supportCount(id)).isEqualTo(rules.supportThreshold());
    }

    @Test
    void each_status_of_the_work_reaches_author_followers_and_supporters_and_a_note_arrives_as_typed() {
        long id = published();
        String reference = reference(id);
        follow(reference, "fia@example.se", SV);
        support(reference, "gun@example.se", true, SV);
        approve(id);
        clock.setTo("2026-03-10T10:00:00");

        save(id, null, ImplementationStatus.PLANNED, null, null);
        var toAuthor = mail.letterTo(AUTHOR, "Nytt om arbetet");
        assertThat(toAuthor.subject()).isEqualTo("Nytt om arbetet med ditt förslag " + reference);
        assertThat(toAuthor.text()).contains("Hej Anna Andersson!", "Läge: planerat", "Ansvar: Parkenheten",
                "Ska vara klart: fredag 4 september 2026");
        var toFia = mail.letterTo("fia@example.se", "Nytt om arbetet");
        assertThat(toFia.subject()).endsWith("som du följer");
        assertThat(toFia.text()).contains("Läge: planerat", "folj/sluta/").doesNotContain("Anna");
        assertThat(mail.letterTo("gun@example.se", "Nytt om arbetet").subject()).as("a supporter's letter")
                .endsWith("som du stödde");

        save(id, version(id, true), ImplementationStatus.PLANNED, null, "Bara en notering.");
        save(id, version(id, true), ImplementationStatus.UNDER_WAY, null, HOSTILE);
        var underWay = mail.letterTo("fia@example.se", "Nytt om arbetet", 2);
        assertThat(underWay.text()).contains("Läge: arbetet pågår", "Kommunen skriver: ”" + HOSTILE + "”");
        assertThat(underWay.withoutLinks()).doesNotContain("49", "Bara en notering");
        assertThat(mail.letterTo(AUTHOR, "Nytt om arbetet", 2).text()).contains(HOSTILE);

        assertThatThrownBy(() -> save(id, version(id, true), ImplementationStatus.NOT_DONE, " ", null))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .containsEntry("reason", "required"));
        save(id, version(id, true), ImplementationStatus.DONE, null, "Tre bänkar står på plats.");
        var done = mail.letterTo("fia@example.se", "Nytt om arbetet", 3);
        assertThat(done.text()).contains("Läge: klart", "Tre bänkar står på plats.").doesNotContain("Ska vara klart");

        // fia stops with the link in her letter: nothing more reaches her, and her address is gone
        var outcome = follows.stop(done.token("folj/sluta/"));
        assertThat(outcome.already()).isFalse();
        assertThat(follows.stop(done.token("folj/sluta/")).already()).as("the link works again").isTrue();
        assertThat(jdbc.queryForList("select email from proposal_follow", String.class)).containsOnlyNulls();
        save(id, version(id, true), ImplementationStatus.NOT_DONE, "Marken visade sig vara privat.", null);
        assertThat(mail.letterTo(AUTHOR, "Nytt om arbetet", 4).text())
                .contains("Läge: blir inte av", "Därför blir det inte av: ”Marken visade sig vara privat.”");
        awaitRoundsDone();
        assertThat(jdbc.queryForObject("select count(*) from letter where recipient = 'fia@example.se' and template = "
                + "'supporter-implementation'", Integer.class)).as("planned, under way, done; not the note")
                .isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from letter where template = 'proposal-implementation'",
                Integer.class)).isEqualTo(4);
        assertThat(jdbc.queryForObject("select count(*) from implementation_update where actor = ?", Integer.class,
                ProposalFixtures.OFFICER)).as("every save in the audit trail").isEqualTo(5);
    }

    private void save(long id, Long version, ImplementationStatus status, String reason, String note) {
        as(() -> implementations.save(id, version, new ImplementationRecord.Form("Parkenheten",
                LocalDate.of(2026, 9, 4), status, reason, note)));
    }

    /** The implementation record's version, null before its first save. */
    private Long version(long id, boolean record) {
        return implementations.of(id).map(ImplementationRecord::version).orElse(null);
    }

    private long published() {
        long id = proposals.submit(new ProposalForm("Fler bänkar i parken", "Ställ fler bänkar i Flemingsbergsparken "
                + "så att fler kan vila.", "Flemingsberg", "parker", "Anna Andersson", AUTHOR, true, true, List.of()),
                SV);
        proposals.confirm(mail.letterTo(AUTHOR, "Bekräfta").token("forslag/bekrafta/"));
        as(() -> cases.publish(id, version(id)));
        return id;
    }

    private void approve(long id) {
        String reference = reference(id);
        jdbc.update("update proposal set support_count = ? where id = ?", rules.supportThreshold() - 1, id);
        support(reference, "sista@example.se", false, SV);
        as(() -> cases.refer(id, version(id), "NATUR", "NATUR-2026/17"));
        as(() -> cases.decide(id, version(id), Decision.BIFALL, "Bänkarna ryms i budgeten.", LocalDate.of(2026, 3, 2),
                "NATUR 2026-03-02 § 4"));
    }

    private void follow(String reference, String email, Locale locale) {
        follows.request(reference, email, locale);
        follows.confirm(mail.letterTo(email, locale == EN ? "Confirm that you want to follow"
                : "Bekräfta att du vill följa").token("folj/bekrafta/"));
    }

    private void support(String reference, String email, boolean hear, Locale locale) {
        proposals.requestSupport(reference, email, hear, locale);
        proposals.confirmSupport(mail.letterTo(email, locale == EN ? "Confirm your support" : "Bekräfta ditt stöd")
                .token("stod/bekrafta/"));
    }

    private void awaitRoundsDone() {
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from letter_fan_out where done_at is null", Integer.class) == 0);
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from letter where status <> 'SENT'", Integer.class) == 0);
    }

    private int lettersTo(String email, String template) {
        return jdbc.queryForObject("select count(*) from letter where recipient = ? and template = ?", Integer.class,
                email, template);
    }

    private int supportCount(long id) {
        return jdbc.queryForObject("select support_count from proposal where id = ?", Integer.class, id);
    }

    private String reference(long id) {
        return jdbc.queryForObject("select reference from proposal where id = ?", String.class, id);
    }

    private long version(long id) {
        return jdbc.queryForObject("select version from proposal where id = ?", Long.class, id);
    }

    private static <T> T as(Supplier<T> step) {
        return ProposalFixtures.as(ProposalFixtures.OFFICER, step, "OFFICER");
    }
}
