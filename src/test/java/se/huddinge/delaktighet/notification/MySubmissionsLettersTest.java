package se.huddinge.delaktighet.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.huddinge.delaktighet.Database;
import se.huddinge.delaktighet.MutableClock;
import se.huddinge.delaktighet.PortalTest;
import se.huddinge.delaktighet.base.i18n.PortalI18n;
import se.huddinge.delaktighet.proposal.MySubmissionsService;
import se.huddinge.delaktighet.proposal.ProposalService;
import se.huddinge.delaktighet.proposal.Proposals;

/**
 * Every request for "Mina inskick" is answered by mail in the resident's language: the one-time link when the
 * address has sent something, otherwise a letter that says we found nothing and carries no link.
 */
@PortalTest
class MySubmissionsLettersTest {

    private static final String BASE = "http://localhost:8080/";

    @Autowired
    MySubmissionsService mine;
    @Autowired
    ProposalService proposals;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    private final Mailbox mail = new Mailbox();

    @BeforeEach
    void start() {
        Database.clear(jdbc);
        clock.setTo("2026-03-02T09:00:00");
        mail.start();
    }

    @AfterEach
    void stop() {
        mail.stop();
    }

    @Test
    void an_address_with_submissions_gets_its_one_time_link_which_opens_its_list() {
        proposals.submit(Proposals.form("Fler bänkar", "anna@example.se"), PortalI18n.SWEDISH);

        mine.requestLink("Anna@Example.se", PortalI18n.SWEDISH);

        var letter = mail.letterTo("anna@example.se", "Mina inskick");
        assertThat(letter.subject()).isEqualTo("Din länk till Mina inskick");
        assertThat(letter.language()).isEqualTo("sv");
        assertThat(letter.text()).contains("Länken fungerar en gång och gäller i 24 timmar:",
                BASE + "mina-inskick/lista/", "\n" + BASE + "mina-inskick\n", "08-535 300 00");
        String token = letter.token("mina-inskick/lista/");
        assertThat(letter.html()).contains("<a href=\"" + BASE + "mina-inskick/lista/" + token + "\"");
        assertThat(mine.list(mine.open(token)).submitted()).hasSize(1);
        assertThat(jdbc.queryForList("select subject_ref from letter where template = 'my-submissions-link'",
                String.class)).as("the letter log names no address").containsExactly("mina-inskick");
    }

    @Test
    void an_address_with_nothing_is_told_so_in_its_language_without_a_link() {
        mine.requestLink("nobody@example.se", PortalI18n.ENGLISH);

        var letter = mail.letterTo("nobody@example.se", "no submissions");
        assertThat(letter.subject()).isEqualTo("We found no submissions from your e-mail address");
        assertThat(letter.language()).isEqualTo("en");
        assertThat(letter.text()).contains("we found no proposals or supports from this e-mail address",
                BASE + "mina-inskick\n").doesNotContain("mina-inskick/lista");
    }

    @Test
    void each_request_gets_its_own_letter() {
        mine.requestLink("nobody@example.se", PortalI18n.SWEDISH);
        mine.requestLink("nobody@example.se", PortalI18n.SWEDISH);

        mail.letterTo("nobody@example.se", "Vi hittade inga inskick");
        assertThat(jdbc.queryForList("select dedup_key from letter order by id", String.class)).hasSize(2)
                .allMatch(k -> k.startsWith("my-submissions-none:")).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @EnumSource(MySubmissionsLetter.class)
    void renders_in_each_language_with_every_value_filled_in(MySubmissionsLetter letter) {
        var renderer = ProposalLetterTemplatesTest.renderer();
        Map<String, Object> model = letter == MySubmissionsLetter.LINK
                ? Map.of("requestLink", "https://delaktighet.example/mina-inskick",
                "listLink", "https://delaktighet.example/mina-inskick/lista/abc", "linkHours", 24L)
                : Map.of("requestLink", "https://delaktighet.example/mina-inskick");
        for (Locale locale : new Locale[] {PortalI18n.SWEDISH, PortalI18n.ENGLISH, PortalI18n.FINNISH}) {
            var rendered = renderer.render(letter.template(), locale, model);
            String all = rendered.subject() + "\n" + rendered.text();

            assertThat(all).as(letter + " " + locale).doesNotContain("[(", "${", "[#", "[/]")
                    .doesNotContainPattern("\\bnull\\b") // a word: Finnish "sinulla" has the letters
                    .doesNotContain("\n\n\n").contains("08-535 300 00", "kontaktcenter@huddinge.se", "Huddinge kommun");
            assertThat(rendered.text()).as("links stand alone on their line")
                    .doesNotContainPattern("https://\\S+[.,)”\"]\\s");
        }
    }
}
