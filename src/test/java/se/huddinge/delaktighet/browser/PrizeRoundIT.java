package se.huddinge.delaktighet.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import se.huddinge.delaktighet.TestSmtp;
import se.huddinge.delaktighet.nomination.PrizeDecisions;
import se.huddinge.delaktighet.security.StaffAccountService;
import se.huddinge.delaktighet.security.StaffAccountService.NewAccount;
import se.huddinge.delaktighet.security.StaffRole;

/**
 * A whole prize round in Chromium with the real letters: an administrator creates the round, a resident nominates
 * with the keyboard alone and confirms through the letter, the deadline passes, one member scores and another
 * recuses, the chair decides, and on the announcement day the winners page and the outcome letter are there. Every
 * page visited has no WCAG 2.1 AA violation.
 */
class PrizeRoundIT extends BrowserTest {

    private static final Pattern CONFIRM = Pattern.compile("https?://\\S+/(demokratipriset/bekrafta/\\S+)");
    private static final String PASSWORD = "rostiga-kompasser-sjunger";

    @Autowired
    StaffAccountService accounts;
    @Autowired
    PrizeDecisions decisions;

    GreenMail smtp = new GreenMail(TestSmtp.setup());

    @BeforeEach
    void startSmtp() {
        smtp.start();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void create_nominate_confirm_score_recuse_decide_and_publish() throws Exception {
        accounts.createInitial(new NewAccount("ada", "Ada Administratör", "ada@huddinge.example", PASSWORD,
                Set.of(StaffRole.ADMIN)));
        accounts.createInitial(new NewAccount("olle", "Olle Ordförande", "olle@huddinge.example", PASSWORD,
                Set.of(StaffRole.COMMITTEE)));
        accounts.createInitial(new NewAccount("lisa", "Lisa Ledamot", "lisa@huddinge.example", PASSWORD,
                Set.of(StaffRole.COMMITTEE)));

        clock.setTo("2027-03-01T09:00:00");
        signIn("ada");
        open("admin/pris");
        assertAccessible();
        click("Ny omgång");
        waitForHeading("Omgång av Demokratipriset");
        type("Om priset och varför det finns (svenska)", "Priset går till den som stärker demokratin i Huddinge.");
        type("Om priset och varför det finns (engelska)", "The prize goes to those who strengthen democracy.");
        type("Rubrik (svenska)", "Delaktighet");
        type("Rubrik (engelska)", "Participation");
        type("Beskrivning (svenska)", "Har ökat invånarnas delaktighet.");
        type("Beskrivning (engelska)", "Has increased residents' participation.");
        choose("Ordförande (beslutar om vinnarna)", "Olle Ordförande (olle)");
        assertAccessible();
        click("Spara omgången");
        waitForHeading("Omgångar av Demokratipriset");
        assertThat(find("vaadin-grid").getText()).contains("Demokratipriset 2027");

        driver.manage().deleteAllCookies();
        clock.setTo("2027-08-20T21:30:00");
        open("demokratipriset");
        assertThat(find("#prize-status").getText())
                .isEqualTo("Nomineringen stänger i dag, fredag 20 augusti 2027 kl. 23:59. Det är 2 timmar och 29 minuter kvar.");
        assertAccessible();
        click("Nominera till Demokratipriset");
        waitForHeading("Nominera till Demokratipriset");
        assertAccessible();
        nominateWithTheKeyboardAlone();
        assertFocusOnHeading("Kolla din e-post");
        assertAccessible();

        visit(confirmLink(mailTo("nina@example.se", 1)));
        waitForHeading("Bekräfta nomineringen");
        assertAccessible();
        click("Bekräfta nomineringen");
        assertFocusOnHeading("Tack! Din nominering räknas. Ärendenummer: DP-2027-0001");
        assertAccessible();
        assertThat(GreenMailUtil.getBody(mailTo("nina@example.se", 2))).contains("DP-2027-0001");

        clock.setTo("2027-08-25T10:00:00");
        signIn("lisa");
        open("granskning/pris");
        assertAccessible();
        driver.findElement(By.linkText("DP-2027-0001 Föreningen Vårby Röster")).click();
        waitForHeading("Nominering till Demokratipriset");
        assertThat(find("#others").getText()).contains("Visas när du har lämnat din egen bedömning.");
        assertAccessible();
        click("Anmäl jäv");
        waiting().until(d -> find("#my-review").getText().contains("Du har anmält jäv"));
        assertAccessible();

        driver.manage().deleteAllCookies();
        signIn("olle");
        open("granskning/pris");
        driver.findElement(By.linkText("DP-2027-0001 Föreningen Vårby Röster")).click();
        waitForHeading("Nominering till Demokratipriset");
        score("Delaktighet", "5");
        click("Spara bedömningen");
        waiting().until(d -> find("#others").getText().contains("lisa: jävig"));
        assertAccessible();
        open("granskning/pris");
        assertThat(find("#ranking").getText()).contains("5,0");
        click("Fatta beslut om vinnarna");
        waitForHeading("Beslut om Demokratipriset");
        check("DP-2027-0001 Föreningen Vårby Röster");
        type("Motivering för Föreningen Vårby Röster", "För tio år av medborgardialoger i Vårby.");
        type("Sammanträdesdatum", "2027-09-28");
        new Actions(driver).sendKeys(Keys.ENTER).perform();     // closes the calendar and keeps the date
        waitForVaadin();
        type("Protokoll (paragraf)", "TDB 2027-09-28 § 12");
        assertAccessible();
        click("Fatta beslut");
        waitForHeading("Granskning av Demokratipriset");
        assertThat(find("#round-status").getText()).contains("Vinnarna presenteras lördag 23 oktober 2027");

        driver.manage().deleteAllCookies();
        clock.setTo("2027-10-23T00:01:00");
        assertThat(decisions.publishDue()).isEqualTo(1);
        open("demokratipriset/vinnare");
        assertThat(find("#winners-2027").getText()).isEqualTo("Demokratipriset 2027");
        assertThat(find("main").getText()).contains("Föreningen Vårby Röster")
                .contains("För tio år av medborgardialoger i Vårby.");
        assertAccessible();
        String outcome = GreenMailUtil.getBody(mailTo("nina@example.se", 3));
        assertThat(outcome).contains("Grattis!");
        assertThat(mailTo("nina@example.se", 3).getSubject())
                .isEqualTo("Föreningen Vårby Röster får Demokratipriset 2027 – DP-2027-0001");
        assertThat(jdbc.queryForObject("select nominee_kind from nomination", String.class)).isEqualTo("ASSOCIATION");
    }

    /** Tab from the top of the page to the first field, then fill every field with keys only and send with Enter. */
    private void nominateWithTheKeyboardAlone() {
        var keys = new Actions(driver);
        for (int i = 0; i < 40 && !focusedLabel().startsWith("Namn på den du nominerar"); i++) {
            keys.sendKeys(Keys.TAB).perform();
        }
        fill("Namn på den du nominerar", "Föreningen Vårby Röster");
        fill("Vem är det?", Keys.SPACE, Keys.ARROW_DOWN, Keys.ARROW_DOWN);
        fill("Anknytning till Huddinge", "Verksam i Vårby sedan 2010.");
        fill("Delaktighet", "Har ordnat medborgardialoger i Vårby i tio år.");
        fill("Den jag nominerar vet om nomineringen", Keys.SPACE);
        fill("E-postadress till den du nominerar");
        fill("Ditt namn", "Nina Nominerare");
        fill("Din e-postadress", "nina@example.se");
        fill("Ditt telefonnummer");
        fill("Jag godkänner", Keys.SPACE);              // then Tab leads to the privacy notice link
        keys.sendKeys(Keys.TAB).perform();
        assertThat(focusedLabel()).isEqualTo("Skicka nominering");
        keys.sendKeys(Keys.ENTER).perform();
    }

    /** Checks the focus is in the field labelled so, types the keys there, then moves on with Tab. */
    private void fill(String label, CharSequence... keys) {
        waitForVaadin();
        assertThat(focusedLabel()).as("focus").startsWith(label);
        if (keys.length > 0) {
            new Actions(driver).sendKeys(keys).perform();
        }
        new Actions(driver).sendKeys(Keys.TAB).perform();
    }

    private void score(String criterion, String value) {
        WebElement radio = (WebElement) driver.executeScript("""
                const group = [...document.querySelectorAll('vaadin-radio-group')].find(g => g.label === arguments[0]);
                const button = [...group.querySelectorAll('vaadin-radio-button')].find(b => (b.label || b.textContent).trim() === arguments[1]);
                return button.querySelector('input');""", criterion, value);
        radio.click();
        waitForVaadin();
    }

    private void signIn(String username) {
        open("logga-in");
        type("Användarnamn", username);
        type("Lösenord", PASSWORD);
        click("Logga in");
        waitForHeading("Var med och påverka Huddinge");
    }

    private MimeMessage mailTo(String address, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> recipient(m).equals(address)).count() >= count);
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> recipient(m).equals(address))
                .skip(count - 1).findFirst().orElseThrow();
    }

    private static String recipient(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (Exception e) {
            return "";
        }
    }

    private String confirmLink(MimeMessage message) {
        var m = CONFIRM.matcher(GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "="));
        assertThat(m.find()).as("a confirmation link in the letter").isTrue();
        return "http://localhost:" + port + "/" + m.group(1);
    }
}
