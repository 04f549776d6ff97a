package se.huddinge.delaktighet.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
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
import se.huddinge.delaktighet.base.LinkSettings;
import se.huddinge.delaktighet.base.i18n.PortalI18n;
import se.huddinge.delaktighet.proposal.ProposalCaseService;
import se.huddinge.delaktighet.proposal.ProposalException;
import se.huddinge.delaktighet.proposal.ProposalForm;
import se.huddinge.delaktighet.proposal.ProposalService;
import se.huddinge.delaktighet.proposal.ProposalStatus;

/**
 * Whoever reads the database cannot use a link (issue 10, item 3): stored letters hold placeholders, the token is
 * minted when the letter leaves, a resend carries a working link, and the author's own link ends with the matter.
 * And a resident's title cannot turn the portal's letters into spam (item 7).
 */
@PortalTest
class LinksAtRestTest {

    private static final String ANNA = "anna@example.se";
    /** A token's shape: 43 characters of base64url, not part of a longer word (a 64-digit hash is not one). */
    private static final Pattern TOKEN_LIKE = Pattern.compile("(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])");

    @Autowired
    ProposalService proposals;
    @Autowired
    ProposalCaseService cases;
    @Autowired
    Letters letters;
    @Autowired
    LinkSettings linkSettings;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    private final Mailbox mail = new Mailbox();
    private Instant clockBefore;

    @BeforeEach
    void start() {
        Database.clear(jdbc);
        clockBefore = clock.instant();
        mail.start();
    }

    @AfterEach
    void stop() {
        mail.stop();
        clock.setTo(clockBefore);
        SecurityContextHolder.clearContext();
    }

    @Test
    void nothing_stored_opens_a_link_and_the_links_in_the_delivered_letters_work() {
        proposals.submit(form("Fler bänkar i parken"), PortalI18n.SWEDISH);
        var letter = mail.letterTo(ANNA, "Bekräfta din e-postadress");
        String confirm = letter.token("forslag/bekrafta/");
        assertThat(letter.html()).contains("href=\"http://localhost:8080/forslag/bekrafta/" + confirm + "\"");
        assertNowhereInTheDatabase(confirm);
        assertThat(jdbc.queryForObject("select body_text from letter", String.class))
                .containsPattern("forslag/bekrafta/\\{link:[0-9a-f]{32}:0}");
        for (String stored : tokenLikeStringsInTheDatabase()) {
            assertThatThrownBy(() -> proposals.confirm(stored)).isInstanceOf(ProposalException.class)
                    .satisfies(e -> assertThat(((ProposalException) e).reason())
                            .isEqualTo(ProposalException.Reason.LINK_INVALID));
        }

        String reference = proposals.confirm(confirm).reference();
        String manage = mail.letterTo(ANNA, "Vi har tagit emot").token("forslag/hantera/");
        assertNowhereInTheDatabase(manage);
        for (String stored : tokenLikeStringsInTheDatabase()) {
            assertThatThrownBy(() -> proposals.managed(stored)).isInstanceOf(ProposalException.class);
            assertThatThrownBy(() -> proposals.withdraw(stored)).isInstanceOf(ProposalException.class);
        }
        assertThat(proposals.managed(manage).reference()).isEqualTo(reference);
    }

    @Test
    void a_resent_letter_carries_a_working_link_under_the_same_message_id() {
        proposals.submit(form("Fler bänkar i parken"), PortalI18n.SWEDISH);
        String reference = proposals.confirm(mail.letterTo(ANNA, "Bekräfta").token("forslag/bekrafta/")).reference();
        var receipt = mail.letterTo(ANNA, "Vi har tagit emot");

        long letterId = sent("proposal-receipt");
        asOfficer(() -> letters.resend(letterId));

        var again = mail.letterTo(ANNA, "Vi har tagit emot", 2);
        assertThat(again.messageId()).isEqualTo(receipt.messageId());
        String fresh = again.token("forslag/hantera/");
        assertThat(fresh).isNotEqualTo(receipt.token("forslag/hantera/"));
        assertNowhereInTheDatabase(fresh);
        assertThat(proposals.managed(fresh).reference()).isEqualTo(reference);
        // the copy the mail program may show instead (same Message-ID) works too
        assertThat(proposals.managed(receipt.token("forslag/hantera/")).reference()).isEqualTo(reference);
    }

    @Test
    void a_resent_support_letter_makes_the_support_count() {
        proposals.submit(form("Fler bänkar i parken"), PortalI18n.SWEDISH);
        long id = proposals.confirm(mail.letterTo(ANNA, "Bekräfta").token("forslag/bekrafta/")).id();
        String reference = jdbc.queryForObject("select reference from proposal where id = ?", String.class, id);
        asOfficer(() -> cases.publish(id, cases.get(id).version()));
        proposals.requestSupport(reference, "bo@example.se", false, PortalI18n.SWEDISH);
        mail.letterTo("bo@example.se", "Bekräfta ditt stöd");

        long letterId = sent("support-confirm-email");
        asOfficer(() -> letters.resend(letterId));

        String resent = mail.letterTo("bo@example.se", "Bekräfta ditt stöd", 2).token("stod/bekrafta/");
        assertThat(proposals.confirmSupport(resent).alreadyCounted()).isFalse();
        assertThat(jdbc.queryForObject("select support_count from proposal where id = ?", Integer.class, id))
                .isEqualTo(1);
    }

    @Test
    void the_authors_own_link_works_until_a_while_after_the_matter_ended_not_for_ten_years() {
        clock.setTo("2026-05-04T09:00:00");
        proposals.submit(form("Fler bänkar i parken"), PortalI18n.SWEDISH);
        proposals.confirm(mail.letterTo(ANNA, "Bekräfta").token("forslag/bekrafta/"));
        String manage = mail.letterTo(ANNA, "Vi har tagit emot").token("forslag/hantera/");
        Instant longest = jdbc.queryForObject(
                "select expires_at from access_link where purpose = 'MANAGE_PROPOSAL'", java.sql.Timestamp.class)
                .toInstant();
        assertThat(longest).isBeforeOrEqualTo(clock.instant().plus(linkSettings.manageLongest()).plusSeconds(1));
        assertThat(linkSettings.manageLongest()).isLessThan(Duration.ofDays(3660));

        assertThat(proposals.withdraw(manage).status()).isEqualTo(ProposalStatus.WITHDRAWN);
        Instant ended = clock.instant();

        clock.setTo(ended.plus(linkSettings.manageAfterEnd()).minus(Duration.ofHours(1)));
        assertThat(proposals.managed(manage).status()).isEqualTo(ProposalStatus.WITHDRAWN);
        clock.setTo(ended.plus(linkSettings.manageAfterEnd()).plus(Duration.ofHours(1)));
        assertThatThrownBy(() -> proposals.managed(manage)).isInstanceOf(ProposalException.class);
    }

    @Test
    void a_title_with_a_link_reaches_an_unproven_address_as_plain_words_without_bidi_controls() {
        proposals.submit(form("Visit http://evil.example now\u202Etxt"), PortalI18n.SWEDISH);

        var letter = mail.letterTo(ANNA, "Bekräfta din e-postadress");
        assertThat(letter.html()).doesNotContainPattern("<a[^>]*>[^<]*evil").doesNotContainPattern("href=\"[^\"]*evil")
                .doesNotContain("http://evil").doesNotContain("evil.example");
        assertThat(letter.text()).doesNotContain("http://evil").doesNotContain("evil.example")
                .contains("Visit http : // evil . example nowtxt");
        assertThat(letter.subject()).doesNotContain("evil.example");
        for (String part : List.of(letter.subject(), letter.text(), letter.html())) {
            assertThat(part).doesNotContainPattern("[\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]");
        }
        // stripped when the form was taken, too
        assertThat(jdbc.queryForObject("select title from proposal", String.class))
                .isEqualTo("Visit http://evil.example nowtxt");
    }

    /** The id of the letter of this template, once it is marked sent (the staff's resend comes after that). */
    private long sent(String template) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select status from letter where template = ?", String.class, template).equals("SENT"));
        return jdbc.queryForObject("select id from letter where template = ?", Long.class, template);
    }

    /** The token is in no column of any table (only its hash is). */
    private void assertNowhereInTheDatabase(String token) {
        for (Map<String, Object> column : textColumns()) {
            Integer found = jdbc.queryForObject("select count(*) from `" + column.get("t") + "` where instr(`"
                    + column.get("c") + "`, ?) > 0", Integer.class, token);
            assertThat(found).as("%s.%s holds the token", column.get("t"), column.get("c")).isZero();
        }
    }

    /** Every string in the database shaped like a token. */
    private List<String> tokenLikeStringsInTheDatabase() {
        var found = new ArrayList<String>();
        for (Map<String, Object> column : textColumns()) {
            for (String value : jdbc.queryForList("select `" + column.get("c") + "` from `" + column.get("t")
                    + "` where `" + column.get("c") + "` is not null", String.class)) {
                TOKEN_LIKE.matcher(value).results().forEach(m -> found.add(m.group()));
            }
        }
        return found;
    }

    private List<Map<String, Object>> textColumns() {
        return jdbc.queryForList("select table_name t, column_name c from information_schema.columns "
                + "where table_schema = database() and data_type in ('char', 'varchar', 'tinytext', 'text', "
                + "'mediumtext', 'longtext')");
    }

    private static ProposalForm form(String title) {
        return new ProposalForm(title, "Ställ fler bänkar i Flemingsbergsparken så att fler kan vila.",
                "Flemingsberg", "parker", "Anna Andersson", ANNA, true, true, List.of());
    }

    private static void asOfficer(Runnable action) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("officer", null,
                List.of(new SimpleGrantedAuthority("ROLE_OFFICER"))));
        try {
            action.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
