package se.huddinge.delaktighet.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import se.huddinge.delaktighet.TestSmtp;
import se.huddinge.delaktighet.base.i18n.PortalI18n;
import se.huddinge.delaktighet.proposal.ProposalCaseService;
import se.huddinge.delaktighet.proposal.ProposalForm;
import se.huddinge.delaktighet.proposal.ProposalService;
import se.huddinge.delaktighet.security.StaffAccountService;
import se.huddinge.delaktighet.security.StaffAccountService.NewAccount;
import se.huddinge.delaktighet.security.StaffRole;

/**
 * Comments in Chromium with the keyboard only and the real letters: a resident comments and confirms by the mailed
 * link, the author replies through their own link, someone reports the comment, an officer removes it with a ground,
 * and the writer's letter says why. Every page passes axe (WCAG 2.1 A and AA).
 */
class CommentJourneyIT extends BrowserTest {

    private static final Pattern LINK = Pattern.compile(
            "https?://\\S+/(forslag/bekrafta/|forslag/hantera/|kommentar/bekrafta/)([A-Za-z0-9_-]+)");

    @Autowired
    ProposalService proposals;
    @Autowired
    ProposalCaseService cases;
    @Autowired
    StaffAccountService accounts;

    @RegisterExtension
    final GreenMailExtension smtp = new GreenMailExtension(TestSmtp.setup());

    @Test
    void a_resident_comments_the_author_replies_someone_reports_and_an_officer_removes_it() throws Exception {
        accounts.createInitial(new NewAccount("hanna", "Hanna Handläggare", "hanna@huddinge.example",
                "rostiga-kompasser-sjunger", Set.of(StaffRole.OFFICER)));
        long id = proposals.submit(new ProposalForm("Bänkar längs Orlångens strand", "Sätt upp bänkar var 300:e meter, "
                + "så att fler orkar gå runt sjön.", "Sjödalen", "parker", "Åsa Öberg", "asa@example.se", true, true,
                List.of()), PortalI18n.SWEDISH);
        proposals.confirm(token(mailTo("asa@example.se", 1)));
        // the receipt is written after the confirmation's transaction, so it is awaited before the next step's letter
        String manage = linkIn(mailTo("asa@example.se", 2));
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("hanna", null,
                List.of(new SimpleGrantedAuthority("ROLE_OFFICER"))));
        try {
            cases.publish(id, cases.get(id).version());
        } finally {
            SecurityContextHolder.clearContext();
        }

        // a resident comments
        open("forslag/HF-2026-0001");
        assertThat(find("#comments-heading").getText()).isEqualTo("Kommentarer (0)");
        assertAccessible();
        type("Din kommentar", "Ja! Min pappa behöver vila på promenaden.");
        type("Namn som visas", "Gun");
        type("Din e-postadress", "gun@example.se");
        check("Mejla mig när någon svarar");
        press("Skicka kommentaren");
        assertFocusOnHeading("Kolla din e-post");
        assertAccessible();

        driver.get(linkIn(mailTo("gun@example.se", 1)));
        waitForHeading("Bekräfta din kommentar");
        assertAccessible();
        press("Bekräfta kommentaren");
        waiting().until(d -> find("#link-result").getText().contains("Din kommentar visas nu"));
        assertAccessible();

        // the author replies through their own link
        driver.get(manage);
        waitForVaadin();
        assertThat(find("#comment-threads").getText()).contains("Gun", "Ja! Min pappa behöver vila på promenaden.");
        press("Svara");
        waiting().until(d -> focusedLabel().equals("Ditt svar"));
        new Actions(driver).sendKeys("Tack, Gun! Det var just därför jag skrev förslaget.").perform();
        press("Skicka kommentaren");
        assertFocusOnHeading("Tack för din kommentar");
        assertAccessible();
        assertThat(text(mailTo("gun@example.se", 2))).contains("Förslagsställaren har svarat");

        // someone reports it
        driver.manage().deleteAllCookies();
        open("forslag/HF-2026-0001");
        assertThat(find("#comment-threads").getText()).contains("Förslagsställaren",
                "Tack, Gun! Det var just därför jag skrev förslaget.");
        press("Anmäl");
        chooseByKeyboard("Varför ska kommentaren tas bort?", "Kränkande eller olagligt");
        press("Skicka anmälan");
        assertFocusOnHeading("Tack för din anmälan");
        assertAccessible();

        // an officer removes it with a ground
        signIn("hanna", "rostiga-kompasser-sjunger");
        open("granskning/kommentarer");
        waitForHeading("Kommentarer att granska");
        assertThat(find("#comment-queue").getText()).contains("Anmäld en gång: Kränkande eller olagligt");
        assertAccessible();
        press("Granska");
        assertFocusOnHeading("Kommentar om HF-2026-0001");
        chooseByKeyboard("Skäl", "Kränkande eller olagligt");
        press("Ta bort kommentaren");
        assertFocusOnHeading("Kommentaren är borttagen. Den som skrev den får ett mejl om varför.");
        assertAccessible();

        driver.manage().deleteAllCookies();
        open("forslag/HF-2026-0001");
        assertThat(find("#comment-threads").getText()).contains("Kommentaren är borttagen: Kränkande eller olagligt",
                "Tack, Gun!").doesNotContain("Min pappa");
        assertAccessible();

        // the writer's letter says why and where to turn
        var letter = mailTo("gun@example.se", 3);
        assertThat(letter.getSubject()).isEqualTo("Vi har tagit bort din kommentar om förslaget HF-2026-0001");
        assertThat(text(letter)).contains("Skälet är: Kränkande eller olagligt", "Det här kan du göra:",
                "Du skrev: ”Ja! Min pappa behöver vila på promenaden.”");
    }

    /** Picks an item of a combo box with the keyboard: the focus on its input, the item typed, Enter. */
    private void chooseByKeyboard(String label, String item) {
        WebElement input = waiting().until(d -> (WebElement) driver.executeScript("""
                const box = [...document.querySelectorAll('vaadin-combo-box')]
                    .find(s => (s.label || '').trim() === arguments[0]);
                return box ? box.querySelector('input') : null;""", label));
        driver.executeScript("arguments[0].focus()", input);
        input.sendKeys(item);
        waiting().until(d -> Boolean.TRUE.equals(driver.executeScript(
                "return [...document.querySelectorAll('vaadin-combo-box-item')].some(i => i.textContent.trim() "
                        + "=== arguments[0])", item)));
        input.sendKeys(Keys.ENTER);
        waitForVaadin();
        waiting().until(d -> Boolean.TRUE.equals(driver.executeScript(
                "return [...document.querySelectorAll('vaadin-combo-box-scroller')].every(s => !s.checkVisibility())")));
    }

    /** The {@code n}th letter to {@code address}, once it has come (GreenMail matches the address's end). */
    private MimeMessage mailTo(String address, int n) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> Arrays.stream(
                smtp.getReceivedMessagesForDomain(address)).skip(n - 1L).findFirst(), Optional::isPresent).orElseThrow();
    }

    /** The letter's plain text part, decoded. */
    private static String text(MimeMessage message) throws Exception {
        return plain(message.getContent());
    }

    private static String plain(Object content) throws Exception {
        if (content instanceof jakarta.mail.internet.MimeMultipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                var part = parts.getBodyPart(i);
                String text = part.isMimeType("text/plain") ? part.getContent().toString() : plain(part.getContent());
                if (text != null) {
                    return text.replace("\r\n", "\n");
                }
            }
        }
        return null;
    }

    private static java.util.regex.Matcher link(MimeMessage message) throws Exception {
        var m = LINK.matcher(text(message));
        assertThat(m.find()).as("a link in the letter").isTrue();
        return m;
    }

    private String token(MimeMessage message) throws Exception {
        return link(message).group(2);
    }

    /** The first link of the portal's in the letter, pointed at this test's server. */
    private String linkIn(MimeMessage message) throws Exception {
        var m = link(message);
        return "http://localhost:" + port + "/" + m.group(1) + m.group(2);
    }
}
