package se.huddinge.delaktighet.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import se.huddinge.delaktighet.TestSmtp;
import jakarta.mail.Message;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import se.huddinge.delaktighet.SentLinks;
import se.huddinge.delaktighet.proposal.CommentEvents;
import se.huddinge.delaktighet.proposal.Comments;
import se.huddinge.delaktighet.proposal.ProposalCaseService;
import se.huddinge.delaktighet.proposal.ProposalService;
import se.huddinge.delaktighet.proposal.Proposals;

/**
 * "Mina inskick" in Chromium with the real letter: ask for the link, follow it from the mail, see the list (with the
 * comments one wrote, and a keyboard stop of the letters about replies) and reload it during the visit; in a new visit
 * the same link says it has been used. Every page passes axe-core.
 */
@RecordApplicationEvents
class MySubmissionsIT extends BrowserTest {

    private static final Pattern LIST_LINK = Pattern.compile("https?://\\S+?/(mina-inskick/lista/[A-Za-z0-9_-]+)");
    private static final String ASA = "asa.oberg@example.se";

    @Autowired
    ProposalService service;
    @Autowired
    ProposalCaseService cases;
    @Autowired
    ApplicationEvents events;
    @Autowired
    Comments comments;

    private final GreenMail smtp = new GreenMail(TestSmtp.setup());

    @BeforeEach
    void startSmtp() {
        clock.setTo("2026-03-02T09:00:00");
        smtp.start();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void ask_for_the_link_follow_it_from_the_mail_see_the_list_and_the_link_works_once() {
        var proposals = new Proposals(service, cases, events);
        var own = proposals.inModeration("Bänkar längs Orlångens strand");
        var supported = proposals.published(Proposals.form("Belysning i Sjödalsparken", "bo@example.se"));
        proposals.support(supported, ASA);
        comments.request(supported.id(), null, new Comments.Form("Tänk på belysningen vid bryggan också.", "Åsa",
                ASA, true), java.util.Locale.of("sv"));
        comments.confirm(SentLinks.token(events.stream(CommentEvents.CommentRequested.class).reduce((a, b) -> b)
                .orElseThrow().confirmLink()));

        open("");
        driver.findElement(By.linkText("Till mina inskick")).click();
        waitForHeading("Mina inskick");
        assertAccessible();
        type("Din e-postadress", "Asa.Oberg@example.se");
        click("Skicka länken");
        waiting().until(d -> find("#my-submissions-result").getText().contains(
                "Om det finns inskick från den adressen har vi skickat en länk till Asa.Oberg@example.se"));
        assertAccessible();

        String link = "http://localhost:" + port + "/" + linkInLetterTo(ASA);
        driver.get(link);
        waitForHeading("Dina inskick");
        assertAccessible();
        click("Visa mina inskick");
        waiting().until(d -> find("#submitted").getText().contains(
                "Granskas – beslut om publicering senast måndag 16 mars 2026"));
        assertThat(driver.getCurrentUrl()).as("the token leaves the address bar").endsWith("/mina-inskick/lista");
        assertThat(find("#supported").getText()).contains("Belysning i Sjödalsparken",
                supported.reference() + " · Öppet för stöd till söndag 31 maj 2026 – 1 av 100 stöd");
        assertThat(find("#commented").getText()).contains("Dina kommentarer", "Belysning i Sjödalsparken",
                "Tänk på belysningen vid bryggan också.", supported.reference() + " · måndag 2 mars 2026 · Visas");
        assertAccessible();
        press("Sluta mejla mig om svar");
        assertFocusOn("commented-stopped");
        assertThat(find("#commented-stopped").getText())
                .isEqualTo("Du får inte fler mejl om svar på din kommentar om ”Belysning i Sjödalsparken”.");
        assertThat(jdbc.queryForObject("select notify_replies from comment", Boolean.class)).isFalse();
        assertAccessible();

        driver.navigate().refresh();
        waitForHeading("Dina inskick");
        assertThat(find("#submitted").getText()).as("a reload during the visit").contains(own.reference());

        driver.findElement(By.linkText("Bänkar längs Orlångens strand")).click();
        waitForHeading("Förslag " + own.reference());
        assertThat(find("#proposal-status").getText()).isEqualTo("Granskas");

        driver.manage().deleteAllCookies();
        driver.get(link);
        waitForHeading("Dina inskick");
        assertThat(find("#my-submissions-problem").getText()).isEqualTo("Länken har redan använts – begär en ny.");
        assertAccessible();
    }

    @Test
    void a_fourth_request_within_the_hour_is_refused_at_the_field() {
        for (int i = 0; i < 4; i++) {
            open("mina-inskick");
            type("Din e-postadress", "nobody@example.se");
            click("Skicka länken");
            waitForVaadin();
        }
        waiting().until(d -> Boolean.TRUE.equals(driver.executeScript(
                "return document.querySelector('vaadin-email-field').hasAttribute('invalid')")));
        assertThat(find("vaadin-email-field [slot=error-message]").getText())
                .startsWith("Du kan begära högst 3 länkar per timme till samma adress.");
        assertAccessible();
        await().atMost(Duration.ofSeconds(30)).until(() -> lettersTo("nobody@example.se").size() == 3);
        assertThat(lettersTo("nobody@example.se")).allMatch(m -> subject(m).equals(
                "Vi hittade inga inskick från din e-postadress"));
    }

    /** The link in the "Mina inskick" letter to the address (the other letters it got have none). */
    private String linkInLetterTo(String address) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> lettersTo(address).stream()
                .map(l -> LIST_LINK.matcher(GreenMailUtil.getBody(l).replace("=\r\n", "").replace("=3D", "=")))
                .filter(java.util.regex.Matcher::find).map(m -> m.group(1)).reduce((a, b) -> b),
                java.util.Optional::isPresent).orElseThrow();
    }

    private List<Message> lettersTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> Arrays.stream(recipients(m)).anyMatch(a -> a.toString().equals(address)))
                .map(m -> (Message) m).toList();
    }

    private static jakarta.mail.Address[] recipients(Message m) {
        try {
            return m.getAllRecipients();
        } catch (jakarta.mail.MessagingException e) {
            return new jakarta.mail.Address[0];
        }
    }

    private static String subject(Message m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }
}
