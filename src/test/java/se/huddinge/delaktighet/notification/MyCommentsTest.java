package se.huddinge.delaktighet.notification;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.huddinge.delaktighet.SentLinks;
import se.huddinge.delaktighet.base.i18n.PortalI18n;
import se.huddinge.delaktighet.proposal.CommentModeration;
import se.huddinge.delaktighet.proposal.MySubmissionsLinkRequested;
import se.huddinge.delaktighet.proposal.MySubmissionsService;
import se.huddinge.delaktighet.proposal.ProposalFixtures;

/**
 * "Mina inskick" lists the comments an address wrote (DD28): the proposal, the start of the text exactly as typed, the
 * date and where each stands (shown, waiting for an officer, hidden after reports, removed with its ground) — never an
 * unproven one or another address's — and stops the letters it asked for: replies to a comment, and the author's
 * daily letter of new comments.
 */
class MyCommentsTest extends CommentTestBase {

    /** 156 characters of typed text, 140 before the end that is cut: an emoji (two UTF-16 units) counts as one; template syntax and markup as text. */
    static final String LONG = "🌳 ${7*7} [[${x}]] <b>fet</b> =SUM(A1) " + "a".repeat(102) + "SLUTET SYNS INTE";

    @Autowired
    MySubmissionsService mine;
    @Autowired
    CommentModeration moderation;

    @Test
    void an_address_sees_its_comments_where_each_stands_and_stops_the_letters_about_replies() {
        comment("Gun", "gun@example.se", "Ja, fler bänkar skulle hjälpa min mamma.", true);
        confirm("gun@example.se", 1);
        clock.advance(Duration.ofDays(1));
        comment("Gun", "gun@example.se", LONG, false);
        confirm("gun@example.se", 2);
        clock.advance(Duration.ofDays(1));
        comment("Gun", "gun@example.se", "Ring Kalle på 070-123 45 67.", false);
        confirm("gun@example.se", 3);
        comment("Gun", "gun@example.se", "Aldrig bekräftad.", true);
        comment("Hans", "hans@example.se", "Hans kommentar.", true);
        confirm("hans@example.se", 1);
        for (int i = 1; i <= 3; i++) {
            fromClientAddress("198.51.100." + i);
            moderation.report(idOf(LONG), "OFF_TOPIC");
        }
        ProposalFixtures.as(OFFICER, () -> {
            moderation.remove(idOf("Ring Kalle på 070-123 45 67."), "PERSONAL_DATA");
            return null;
        }, "OFFICER");

        openMine("gun@example.se");
        var items = _find(_get(Div.class, s -> s.withId("commented")), ListItem.class).stream()
                .map(i -> i.getElement().getTextRecursively()).toList();
        assertThat(items).hasSize(3);
        assertThat(items.get(0)).as("newest first").contains(BENCHES, "Ring Kalle på 070-123 45 67.",
                reference + " · onsdag 4 mars 2026 · Borttagen: Personuppgifter");
        assertThat(items.get(1)).contains(LONG.substring(0, LONG.indexOf("SLUTET")) + "…",
                reference + " · tisdag 3 mars 2026 · Dold efter anmälningar tills en handläggare har läst den")
                .doesNotContain("SLUTET").doesNotContain("Sluta mejla");
        assertThat(items.get(2)).contains("Ja, fler bänkar skulle hjälpa min mamma.",
                reference + " · måndag 2 mars 2026 · Visas", "Sluta mejla mig om svar");
        assertThat(String.join(" ", items)).doesNotContain("Aldrig bekräftad", "Hans kommentar");
        assertThat(_find(Paragraph.class).stream().anyMatch(p -> p.getText().equals(
                LONG.substring(0, LONG.indexOf("SLUTET")) + "…"))).as("the excerpt as typed, as text").isTrue();

        var stop = _get(_get(Div.class, s -> s.withId("commented")), Button.class,
                s -> s.withText("Sluta mejla mig om svar"));
        assertThat(stop.getElement().getAttribute("aria-label"))
                .isEqualTo("Sluta mejla mig om svar på min kommentar om ”" + BENCHES + "”");
        _click(stop);
        assertThat(_get(Paragraph.class, s -> s.withId("commented-stopped")).getText())
                .isEqualTo("Du får inte fler mejl om svar på din kommentar om ”" + BENCHES + "”.");
        assertThat(_find(Button.class, s -> s.withText("Sluta mejla mig om svar"))).isEmpty();
        assertThat(jdbc.queryForList("select concat(email, ' ', notify_replies) from comment order by id",
                String.class)).containsExactly("gun@example.se 0", "gun@example.se 0", "gun@example.se 0",
                "gun@example.se 1", "hans@example.se 1");

        // a reply now sends Gun nothing; Hans still hears
        UI.getCurrent().navigate("forslag/hantera/" + given.manageToken(id));
        reply(idOf("Ja, fler bänkar skulle hjälpa min mamma."), "Tack, Gun.");
        reply(idOf("Hans kommentar."), "Tack, Hans.");
        mail.letterTo("hans@example.se", "Nytt svar på din kommentar");
        assertThat(jdbc.queryForObject("select count(*) from letter where template = 'comment-reply'",
                Integer.class)).isOne();
    }

    @Test
    void the_author_sees_their_own_comments_and_stops_the_daily_letter_in_mina_inskick_in_english_too() {
        UI.getCurrent().navigate("forslag/hantera/" + given.manageToken(id));
        _setValue(_get(Checkbox.class, s -> s.withId("comment-digest")), true);
        _setValue(_get(TextArea.class, s -> s.withLabel("Din kommentar")), "Jag svarar gärna på frågor.");
        _click(_get(Button.class, s -> s.withText("Skicka kommentaren")));

        useLanguage(Locale.ENGLISH);
        openMine(ProposalFixtures.AUTHOR_EMAIL);
        var section = _get(Div.class, s -> s.withId("commented"));
        assertThat(section.getElement().getTextRecursively()).contains("Your comments", "Jag svarar gärna på frågor.",
                reference + " · Monday 2 March 2026 · Shown", "E-mails about new comments on your proposals", BENCHES);
        _click(_get(section, Button.class, s -> s.withText("Stop e-mailing me about new comments")));
        assertThat(_get(Paragraph.class, s -> s.withId("commented-stopped")).getText())
                .isEqualTo("You get no more e-mails about new comments on \"" + BENCHES + "\".");
        assertThat(given.count("comment_digest")).isZero();
        assertThat(_get(Div.class, s -> s.withId("commented")).getElement().getTextRecursively())
                .doesNotContain("E-mails about new comments");
    }

    @Test
    void an_address_that_only_commented_gets_a_link_and_nobody_stops_what_another_address_asked_for() {
        comment("Gun", "gun@example.se", "Bra idé.", true);
        confirm("gun@example.se", 1);
        UI.getCurrent().navigate("forslag/hantera/" + given.manageToken(id));
        _setValue(_get(Checkbox.class, s -> s.withId("comment-digest")), true);

        assertThat(openMine("hans@example.se")).as("an address with nothing gets no link").isFalse();
        assertThat(openMine("gun@example.se")).as("one that only commented does").isTrue();
        assertThat(_get(Div.class, s -> s.withId("commented")).getElement().getTextRecursively())
                .contains("Bra idé.").doesNotContain("E-mails", "Mejl om nya kommentarer");

        var gun = context.getBean(se.huddinge.delaktighet.proposal.MyComments.class);
        var hansVisit = hansVisit();
        gun.stopReplyLetters(hansVisit, idOf("Bra idé."));
        gun.stopDigest(hansVisit, reference);
        assertThat(jdbc.queryForObject("select notify_replies from comment where email = 'gun@example.se'",
                Boolean.class)).isTrue();
        assertThat(given.count("comment_digest")).isOne();
    }

    /** A visit proven by hans@example.se, who wrote nothing: his own comment elsewhere earns him the link. */
    private se.huddinge.delaktighet.proposal.VerifiedAddress hansVisit() {
        long other = given.published("Ett annat förslag");
        String otherReference = given.reference(other);
        String saved = reference;
        reference = otherReference;
        comment("Hans", "hans@example.se", "Hans kommentar.", false);
        confirm("hans@example.se", 1);
        reference = saved;
        mine.requestLink("hans@example.se", PortalI18n.SWEDISH);
        var link = events.stream(MySubmissionsLinkRequested.class).reduce((a, b) -> b).orElseThrow().link();
        return mine.open(SentLinks.token(link));
    }

    /** Follows the address's "Mina inskick" link and shows its list; false when the letter has no link. */
    private boolean openMine(String email) {
        mine.requestLink(email, PortalI18n.SWEDISH);
        var link = events.stream(MySubmissionsLinkRequested.class).reduce((a, b) -> b).orElseThrow().link();
        if (link == null) {
            return false;
        }
        UI.getCurrent().navigate("mina-inskick/lista/" + SentLinks.token(link));
        _click(_get(Button.class, s -> s.withId("link-action")));
        return true;
    }

    private void confirm(String email, int n) {
        var letter = mail.letterTo(email, "Bekräfta din kommentar", n);
        UI.getCurrent().navigate("kommentar/bekrafta/" + letter.token("kommentar/bekrafta/"));
        _click(_get(Button.class, s -> s.withId("link-action")));
    }

    private void reply(long parent, String text) {
        _click(_get(_get(Div.class, s -> s.withAttribute("data-comment", String.valueOf(parent))).getParent()
                .map(p -> (com.vaadin.flow.component.Component) p).orElseThrow(), Button.class,
                s -> s.withText("Svara")));
        _setValue(_get(TextArea.class, s -> s.withId("comment-text-" + parent)), text);
        _click(_get(Button.class, s -> s.withId("comment-send-" + parent)));
    }

    private long idOf(String text) {
        return jdbc.queryForObject("select id from comment where body = ?", Long.class, text);
    }
}
