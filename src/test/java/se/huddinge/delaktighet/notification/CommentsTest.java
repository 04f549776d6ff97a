package se.huddinge.delaktighet.notification;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.huddinge.delaktighet.proposal.ProposalPages.pageText;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.huddinge.delaktighet.privacy.RetentionJob;
import se.huddinge.delaktighet.proposal.CommentJobs;
import se.huddinge.delaktighet.proposal.Decision;
import se.huddinge.delaktighet.proposal.ProposalTestBase;

/**
 * Comments in post-moderation (the default): a resident comments and proves the address by the link, the author
 * replies through their own link and the resident hears of it, three reports hide the comment, an officer removes it
 * on a ground and its writer is told why; the author's daily letter, the stop links, staff replies, typed text as
 * text, the form's messages and anonymisation with the supporters. What is checked is what the pages show, the
 * letters that arrive (GreenMail) and what is stored.
 */
class CommentsTest extends CommentTestBase {

    static final String HOSTILE = "{link:access:1} ${7*7} [[${7*7}]] <b>fet</b> =HYPERLINK(\"http://x.example\",\"x\")";

    @Autowired
    CommentJobs jobs;
    @Autowired
    RetentionJob retention;

    @Test
    void a_resident_comments_the_author_replies_three_reports_hide_it_and_an_officer_removes_it_with_a_letter_why() {
        comment("Gun", "gun@example.se", "Ja, fler bänkar skulle hjälpa min mamma.", true);
        assertThat(pageText()).contains("Vi har skickat en länk till gun@example.se")
                .doesNotContain("hjälpa min mamma");
        confirmFromLetter("gun@example.se");
        assertThat(pageText()).contains("Din kommentar visas nu vid förslaget");

        open();
        assertThat(pageText()).contains("Kommentarer (1)", "Gun", "Ja, fler bänkar skulle hjälpa min mamma.")
                .doesNotContain("gun@example.se");

        // the author replies through their own link
        UI.getCurrent().navigate("forslag/hantera/" + given.manageToken(id));
        _click(_get(Button.class, s -> s.withText("Svara")));
        _setValue(_get(TextArea.class, s -> s.withLabel("Ditt svar")), "Tack! Jag hoppas kommunen lyssnar.");
        _click(_get(Button.class, s -> s.withId("comment-send-" + gunsComment())));
        assertThat(pageText()).contains("Din kommentar visas nu vid förslaget.");
        var reply = mail.letterTo("gun@example.se", "Nytt svar på din kommentar");
        assertThat(reply.text()).contains("Förslagsställaren har svarat", "Du skrev: ”Ja, fler bänkar",
                "Svaret: ”Tack! Jag hoppas kommunen lyssnar.”", "http://localhost:8080/forslag/" + reference,
                "http://localhost:8080/kommentar/sluta/").doesNotContain(ProposalTestBase.BENCHES + "@");
        open();
        assertThat(pageText()).contains("Förslagsställaren", "Tack! Jag hoppas kommunen lyssnar.");

        // three reports, from three client addresses, hide it until an officer looks
        for (int i = 1; i <= 3; i++) {
            fromClientAddress("198.51.100." + i);
            open();
            assertThat(pageText()).contains("Ja, fler bänkar skulle hjälpa min mamma.");
            report(gunsComment(), "Handlar inte om förslaget");
            assertThat(pageText()).contains("Tack för din anmälan");
        }
        open();
        assertThat(pageText()).contains("Kommentaren är dold tills en handläggare har läst den.")
                .doesNotContain("hjälpa min mamma");

        login("hanna", "OFFICER");
        UI.getCurrent().navigate("granskning/kommentarer");
        Grid<?> queue = _get(Grid.class, s -> s.withId("comment-queue"));
        assertThat(GridKt._size(queue)).isOne();
        assertThat(GridKt._getFormattedRow(queue, 0)).anySatisfy(cell -> assertThat(cell)
                .contains("Dold efter 3 anmälningar: Handlar inte om förslaget"));
        _click((Button) GridKt._getCellComponent(queue, 0, "action"));
        @SuppressWarnings("unchecked")
        ComboBox<Object> ground = _get(ComboBox.class, s -> s.withId("comment-ground"));
        ground.setValue(ground.getListDataView().getItems().filter(g -> g.toString().contains("OFFENSIVE"))
                .findFirst().orElseThrow());
        _click(_get(Button.class, s -> s.withId("comment-remove")));
        assertThat(pageText()).contains("Kommentaren är borttagen. Den som skrev den får ett mejl om varför.");
        assertThat(GridKt._size(queue)).isZero();

        open();
        assertThat(pageText()).contains("Kommentaren är borttagen: Kränkande eller olagligt",
                "Tack! Jag hoppas kommunen lyssnar.").doesNotContain("hjälpa min mamma");
        var removed = mail.letterTo("gun@example.se", "Vi har tagit bort din kommentar");
        assertThat(removed.text()).contains("Skälet är: Kränkande eller olagligt",
                "Kommentaren innehöll något som kränker andra", "Du skrev: ”Ja, fler bänkar",
                "Det här kan du göra: Du får gärna skriva en ny kommentar", "Kontakta oss");
        assertThat(jdbc.queryForList("select after_value from audit_event where kind = 'COMMENT' order by id",
                String.class)).containsExactly("anmäld (OFF_TOPIC)", "anmäld (OFF_TOPIC)",
                "anmäld (OFF_TOPIC), dold efter 3 anmälningar", "borttagen: OFFENSIVE");
        assertThat(jdbc.queryForObject("select actor from audit_event where after_value like 'borttagen%'",
                String.class)).isEqualTo("hanna");
    }

    @Test
    void one_client_address_counts_once_so_nobody_hides_a_comment_alone_and_those_who_reported_cannot_hide_it_again() {
        comment("Gun", "gun@example.se", "Bänkarna ska vara gröna.", false);
        confirmFromLetter("gun@example.se");
        fromClientAddress("198.51.100.7");
        for (int i = 1; i <= 5; i++) {
            open();
            report(gunsComment(), "Handlar inte om förslaget");
            assertThat(pageText()).as("the page thanks every time").contains("Tack för din anmälan");
        }
        open();
        assertThat(pageText()).as("five reports from one address").contains("Bänkarna ska vara gröna.");
        assertThat(jdbc.queryForObject("select reports from comment", Integer.class)).isOne();
        assertThat(given.count("comment_report")).isOne();
        assertThat(jdbc.queryForObject("select reporter from comment_report", String.class))
                .as("a hash, not the address").hasSize(64).doesNotContain("198.51");

        fromClientAddress("198.51.100.8");
        open();
        report(gunsComment(), "Reklam");
        fromClientAddress("2001:db8::9");
        open();
        report(gunsComment(), "Reklam");
        open();
        assertThat(pageText()).as("three addresses").contains("Kommentaren är dold tills en handläggare har läst den.")
                .doesNotContain("Bänkarna ska vara gröna.");

        // an officer keeps it: those who reported it cannot hide it again, however often they try
        login("hanna", "OFFICER");
        UI.getCurrent().navigate("granskning/kommentarer");
        Grid<?> queue = _get(Grid.class, s -> s.withId("comment-queue"));
        _click((Button) GridKt._getCellComponent(queue, 0, "action"));
        _click(_get(Button.class, s -> s.withId("comment-approve")));
        se.huddinge.delaktighet.proposal.ProposalPages.signOut();
        for (String address : new String[] {"198.51.100.7", "198.51.100.8", "2001:db8::9", "198.51.100.7"}) {
            fromClientAddress(address);
            open();
            report(gunsComment(), "Kränkande eller olagligt");
        }
        open();
        assertThat(pageText()).contains("Bänkarna ska vara gröna.");
        assertThat(jdbc.queryForObject("select concat(status, ' ', reports, ' ', needs_review) from comment",
                String.class)).isEqualTo("SHOWN 0 0");
        assertThat(jdbc.queryForList("select after_value from audit_event where kind = 'COMMENT' order by id",
                String.class)).containsExactly("anmäld (OFF_TOPIC)", "anmäld (ADVERTISING)",
                "anmäld (ADVERTISING), dold efter 3 anmälningar", "visas");
    }

    @Test
    void a_reply_letter_stops_with_one_click_and_staff_reply_for_the_municipality_with_the_unit() {
        comment("Gun", "gun@example.se", "Behövs det fler papperskorgar också?", true);
        confirmFromLetter("gun@example.se");

        login("hanna", "OFFICER");
        open();
        _click(_get(Button.class, s -> s.withText("Svara")));
        _setValue(_get(TextField.class, s -> s.withLabel("Enhet")), "Parkenheten");
        _setValue(_get(TextArea.class, s -> s.withLabel("Ditt svar")), "Ja, vi sätter upp två till i maj.");
        _click(_get(Button.class, s -> s.withText("Skicka svaret")));
        assertThat(pageText()).contains("Svar från Huddinge kommun, Parkenheten", "Ja, vi sätter upp två till i maj.");
        var letter = mail.letterTo("gun@example.se", "Nytt svar");
        assertThat(letter.text()).contains("Huddinge kommun, Parkenheten har svarat");

        UI.getCurrent().navigate("kommentar/sluta/" + letter.token("kommentar/sluta/"));
        assertThat(pageText()).contains("Du får inte fler mejl om svar på din kommentar om ”" + BENCHES + "”.");
        assertThat(jdbc.queryForObject("select notify_replies from comment where parent_id is null", Boolean.class))
                .isFalse();

        open();
        _click(_get(Button.class, s -> s.withText("Svara")));
        _setValue(_get(TextField.class, s -> s.withLabel("Enhet")), "Parkenheten");
        _setValue(_get(TextArea.class, s -> s.withLabel("Ditt svar")), "Nu är de uppe.");
        _click(_get(Button.class, s -> s.withText("Skicka svaret")));
        assertThat(pageText()).contains("Nu är de uppe.");
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> jdbc.queryForObject(
                "select count(*) from letter where template = 'comment-reply'", Integer.class) == 1);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where kind = 'COMMENT' and actor = 'hanna' "
                + "and after_value = 'svar från Parkenheten'", Integer.class)).isEqualTo(2);
    }

    @Test
    void typed_text_stays_text_on_the_page_and_in_the_letters() {
        comment("${7*7} <b>Gun</b>", "hostile@example.se", HOSTILE, true);
        confirmFromLetter("hostile@example.se");
        open();
        assertThat(pageText()).contains(HOSTILE, "${7*7} <b>Gun</b>");
        assertThat(_find(com.vaadin.flow.component.html.Paragraph.class).stream()
                .anyMatch(p -> p.getText().equals(HOSTILE))).isTrue();

        UI.getCurrent().navigate("forslag/hantera/" + given.manageToken(id));
        _click(_get(Button.class, s -> s.withText("Svara")));
        _setValue(_get(TextArea.class, s -> s.withLabel("Ditt svar")), HOSTILE);
        long parent = jdbc.queryForObject("select id from comment", Long.class);
        _click(_get(Button.class, s -> s.withId("comment-send-" + parent)));
        var reply = mail.letterTo("hostile@example.se", "Nytt svar");
        assertThat(reply.text()).contains("Du skrev: ”" + HOSTILE + "”", "Svaret: ”" + HOSTILE + "”");
        assertThat(reply.html()).doesNotContain("<b>fet</b>").contains("&lt;b&gt;fet&lt;/b&gt;")
                .doesNotContain("href=\"http://x.example");
    }

    @Test
    void bad_input_is_told_at_each_field_and_nothing_is_kept() {
        open();
        _setValue(_get(TextArea.class, s -> s.withLabel("Din kommentar")), "x".repeat(1001));
        _setValue(_get(EmailField.class, s -> s.withLabel("Din e-postadress")), "inte-en-adress");
        _click(_get(Button.class, s -> s.withText("Skicka kommentaren")));
        var text = _get(TextArea.class, s -> s.withLabel("Din kommentar"));
        assertThat(text.isInvalid()).isTrue();
        assertThat(text.getErrorMessage()).isEqualTo("Kommentaren får vara högst 1000 tecken.");
        assertThat(text.getHelperText()).isEqualTo("1001 av 1000 tecken");
        assertThat(_get(TextField.class, s -> s.withLabel("Namn som visas")).getErrorMessage())
                .isEqualTo("Skriv ett namn som kan visas.");
        assertThat(_get(EmailField.class, s -> s.withLabel("Din e-postadress")).getErrorMessage())
                .isEqualTo("Skriv en e-postadress som namn@exempel.se.");
        assertThat(given.count("comment")).isZero();
        assertThat(given.count("access_link where purpose = 'CONFIRM_COMMENT'")).isZero();
    }

    @Test
    void the_authors_daily_letter_goes_at_most_once_a_day_and_stops_with_one_click() {
        UI.getCurrent().navigate("forslag/hantera/" + given.manageToken(id));
        _setValue(_get(Checkbox.class, s -> s.withId("comment-digest")), true);
        comment("Gun", "gun@example.se", "Bra idé.", false);
        confirmFromLetter("gun@example.se");
        comment("Hans", "hans@example.se", "Jag håller med.", false);
        confirmFromLetter("hans@example.se");

        clock.advance(Duration.ofHours(1));
        assertThat(jobs.sendDigests()).isOne();
        var first = mail.letterTo(ProposalFixturesAuthor.EMAIL, "Nya kommentarer om ditt förslag");
        assertThat(first.text()).contains("Det finns 2 nya kommentarer", "Gun: ”Bra idé.”", "Hans: ”Jag håller med.”",
                "högst ett sådant mejl om dagen", "http://localhost:8080/kommentar/sluta-sammanfattning/");

        clock.advance(Duration.ofHours(1));
        comment("Ida", "ida@example.se", "Gärna vid lekplatsen.", false);
        confirmFromLetter("ida@example.se");
        clock.advance(Duration.ofHours(8));
        assertThat(jobs.sendDigests()).as("the same day: no second letter").isZero();
        clock.advance(Duration.ofHours(16));
        assertThat(jobs.sendDigests()).as("a day after the first").isOne();
        var second = mail.letterTo(ProposalFixturesAuthor.EMAIL, "Nya kommentarer", 2);
        assertThat(second.text()).contains("Det finns 1 nya kommentarer", "Ida: ”Gärna vid lekplatsen.”")
                .doesNotContain("Gun:");
        clock.advance(Duration.ofDays(2));
        assertThat(jobs.sendDigests()).as("nothing new").isZero();

        UI.getCurrent().navigate("kommentar/sluta-sammanfattning/"
                + second.token("kommentar/sluta-sammanfattning/"));
        assertThat(pageText()).contains("Du får inte fler mejl om nya kommentarer");
        comment("Jan", "jan@example.se", "Äntligen!", false);
        confirmFromLetter("jan@example.se");
        clock.advance(Duration.ofDays(2));
        assertThat(jobs.sendDigests()).isZero();
    }

    @Test
    void commenters_names_and_addresses_go_with_the_supporters_and_the_text_stays() {
        id = given.referred("Ny lekplats vid sjön");
        reference = given.reference(id);
        comment("Gun Gunnarsson", "gun@example.se", "Bra idé.", true);
        confirmFromLetter("gun@example.se");
        comment("Obekräftad", "nej@example.se", "Aldrig bekräftad.", false);
        open();
        report(jdbc.queryForObject("select id from comment where display_name = 'Gun Gunnarsson'", Long.class),
                "Reklam");
        given.decide(id, Decision.BIFALL, LocalDate.of(2026, 3, 2));
        open();
        assertThat(pageText()).contains("Det går inte längre att kommentera förslaget.", "Gun Gunnarsson", "Bra idé.")
                .doesNotContain("Skicka kommentaren");

        clock.setTo("2027-03-01T09:00:00");
        retention.run();
        assertThat(jdbc.queryForObject("select display_name from comment where status = 'SHOWN'", String.class))
                .isEqualTo("Gun Gunnarsson");

        clock.setTo("2027-03-03T09:00:00");
        retention.run();
        assertThat(jdbc.queryForList("select concat(display_name, '|', coalesce(email, 'null'), '|', body) "
                + "from comment", String.class)).containsExactly("–|null|Bra idé.");
        assertThat(given.count("access_link where purpose in ('CONFIRM_COMMENT', 'STOP_REPLY_LETTERS')")).isZero();
        assertThat(jdbc.queryForList("select concat(ground, ' ', coalesce(reporter, 'null')) from comment_report",
                String.class)).as("who reported goes, the report stays").containsExactly("ADVERTISING null");
        open();
        assertThat(pageText()).contains("Bra idé.").doesNotContain("Gun Gunnarsson");
    }

    @Test
    void an_unconfirmed_comment_its_link_and_its_letters_address_go_30_days_after_the_link_stopped_working() {
        comment("Nej", "nej@example.se", "Aldrig bekräftad.", false);
        mail.letterTo("nej@example.se", "Bekräfta din kommentar");
        // the link worked until Thursday 5 March 09:00
        clock.setTo("2026-04-04T08:59:59");
        assertThat(retention.run().unconfirmedComments()).isZero();
        clock.setTo("2026-04-04T09:00:01");
        assertThat(retention.run().unconfirmedComments()).isOne();
        assertThat(given.count("comment")).isZero();
        assertThat(given.count("access_link where purpose = 'CONFIRM_COMMENT'")).isZero();
        assertThat(jdbc.queryForObject("select count(*) from letter where recipient = 'nej@example.se'",
                Integer.class)).isZero();
        assertThat(retention.run().unconfirmedComments()).as("once").isZero();
    }

    @Test
    void a_report_without_a_ground_is_refused_at_the_field_and_nothing_is_stored() {
        comment("Gun", "gun@example.se", "Ja, fler bänkar skulle hjälpa min mamma.", true);
        confirmFromLetter("gun@example.se");
        open();
        var box = _find(com.vaadin.flow.component.html.Div.class).stream()
                .filter(d -> String.valueOf(gunsComment()).equals(d.getElement().getAttribute("data-comment")))
                .findFirst().orElseThrow();
        _click(_get(box, Button.class, s -> s.withText("Anmäl")));
        _click(_get(box, Button.class, s -> s.withText("Skicka anmälan")));
        ComboBox<?> ground = _get(box, ComboBox.class, s -> s.withLabel("Varför ska kommentaren tas bort?"));
        assertThat(ground.isInvalid()).isTrue();
        assertThat(ground.getErrorMessage()).isEqualTo("Välj ett skäl.");
        assertThat(jdbc.queryForObject("select count(*) from comment_report", Integer.class)).isZero();
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        _click(_get(box, Button.class, s -> s.withText("Skicka anmälan")));
        assertThat(ground.getErrorMessage()).as("in the page's language when sent")
                .isEqualTo("Choose a reason.");
    }

    /** The author of the fixtures' proposals. */
    static final class ProposalFixturesAuthor {
        static final String EMAIL = se.huddinge.delaktighet.proposal.ProposalFixtures.AUTHOR_EMAIL;
    }

    private long gunsComment() {
        return jdbc.queryForObject("select id from comment where display_name = 'Gun'", Long.class);
    }

    private void report(long commentId, String groundName) {
        var box = _find(com.vaadin.flow.component.html.Div.class).stream()
                .filter(d -> String.valueOf(commentId).equals(d.getElement().getAttribute("data-comment")))
                .findFirst().orElseThrow();
        _click(_get(box, Button.class, s -> s.withText("Anmäl")));
        @SuppressWarnings("unchecked")
        ComboBox<Object> ground = _get(box, ComboBox.class, s -> s.withLabel("Varför ska kommentaren tas bort?"));
        ground.setValue(ground.getListDataView().getItems().filter(g -> g.toString().contains("sv=" + groundName))
                .findFirst().orElseThrow());
        _click(_get(box, Button.class, s -> s.withText("Skicka anmälan")));
    }
}
