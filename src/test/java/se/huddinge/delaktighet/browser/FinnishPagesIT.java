package se.huddinge.delaktighet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Message;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import se.huddinge.delaktighet.TestSmtp;
import se.huddinge.delaktighet.base.i18n.PortalI18n;
import se.huddinge.delaktighet.nomination.PrizeFixtures;
import se.huddinge.delaktighet.nomination.PrizeRounds;
import se.huddinge.delaktighet.proposal.ProposalCaseService;
import se.huddinge.delaktighet.proposal.ProposalFixtures;
import se.huddinge.delaktighet.proposal.ProposalRules;
import se.huddinge.delaktighet.proposal.ProposalService;
import se.huddinge.delaktighet.proposal.Proposals;

/**
 * A resident whose browser speaks Finnish (issue 22, DD38): the first visit is in Finnish, every public page is in
 * Finnish with no Swedish text of the portal's left on it and no WCAG 2.1 AA violation, and with the keyboard alone
 * the resident sends a proposal, confirms it from the Finnish letter and finds it in Omat lähetykseni.
 */
@RecordApplicationEvents
class FinnishPagesIT extends BrowserTest {

    @Autowired
    ProposalService service;
    @Autowired
    ProposalCaseService cases;
    @Autowired
    ProposalRules rules;
    @Autowired
    PrizeRounds rounds;
    @Autowired
    ApplicationEvents events;

    private static final Pattern LINK = Pattern.compile(
            "https?://\\S+?/((?:forslag/bekrafta|mina-inskick/lista)/[A-Za-z0-9_-]+)");

    private final GreenMail smtp = new GreenMail(TestSmtp.setup());

    /** The portal's Swedish texts that say something else in Finnish: none of them may be on a Finnish page. */
    private static Set<String> swedishOnly;

    @BeforeAll
    static void aFinnishBrowser() throws IOException {
        driver.quit();
        driver = chromium("fi-FI");
        var swedish = new HashSet<String>();
        var finnish = new HashSet<String>();
        for (String bundle : PortalI18n.BUNDLES) {
            load(bundle + ".properties").values().forEach(v -> swedish.add(((String) v).strip()));
            load(bundle + "_fi.properties").values().forEach(v -> finnish.add(((String) v).strip()));
        }
        // a text with values is never shown as written; one equal to a Finnish text is not Swedish only
        swedish.removeIf(v -> v.contains("{") || v.length() < 2 || finnish.contains(v));
        swedishOnly = swedish;
    }

    private static Properties load(String file) throws IOException {
        var props = new Properties();
        try (var in = FinnishPagesIT.class.getResourceAsStream("/vaadin-i18n/" + file)) {
            if (in != null) {
                props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        return props;
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    @BeforeEach
    void aRoundAndAProposal() {
        smtp.start();
        clock.setTo("2026-03-02T09:00:00");
        ProposalFixtures.as("admin", () -> rounds.create(PrizeFixtures.round(2026)), "ADMIN");
        clock.setTo("2026-06-15T09:00:00");
    }

    @Test
    void every_public_page_is_in_finnish_from_the_first_visit() {
        var proposal = new Proposals(service, cases, events).published("Fler parkbänkar i Flemingsberg");

        open("");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fi");
        assertThat(heading()).isEqualTo("Vaikuta Huddingen asioihin");
        assertThat(find("#language-sv").getAttribute("lang")).isEqualTo("sv");
        assertFinnishAndAccessible();

        for (var page : List.of(new String[] {"forslag", "Huddinge-aloitteet"},
                new String[] {"forslag/" + proposal.reference(), "Fler parkbänkar i Flemingsberg"},
                new String[] {"forslag/nytt", "Tee aloite"},
                new String[] {"demokratipriset", "Demokratiapalkinto"},
                new String[] {"demokratipriset/nominera", "Ehdota Demokratiapalkinnon saajaa"},
                new String[] {"demokratipriset/vinnare", "Demokratiapalkinnon voittajat"},
                new String[] {"mina-inskick", "Omat lähetykseni"},
                new String[] {"personuppgifter", "Näin käsittelemme henkilötietojasi"},
                new String[] {"tillganglighet", "Saavutettavuusseloste"},
                new String[] {"om-oppna-data", "Avoin data"},
                new String[] {"finns/inte", "Sivua ei löydy"})) {
            open(page[0]);
            assertThat(heading()).as(page[0]).isEqualTo(page[1]);
            assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).as(page[0]).isEqualTo("fi");
            assertFinnishAndAccessible();
        }

        // the choice on the page wins over the browser, and is kept
        open("");
        find("#language-sv").click();
        waitForHeading("Var med och påverka Huddinge");
        open("forslag");
        assertThat(heading()).isEqualTo("Huddingeförslag");
        find("#language-fi").click();
        waitForHeading("Huddinge-aloitteet");
    }

    @Test
    void submit_confirm_from_the_finnish_letter_and_omat_lahetykseni_with_the_keyboard_alone() {
        open("forslag/nytt");
        assertThat(heading()).isEqualTo("Tee aloite");

        tabTo("Otsikko");
        typeAndTab("Lisää penkkejä Orlångenin rannalle");
        tabTo("Kuvaile aloitteesi");
        typeAndTab("Rannalla on liian vähän penkkejä. Lisää penkkejä auttaisi iäkkäitä kävelijöitä.");
        tabTo("Kunnanosa");
        pick("Sjödalen");
        tabTo("Aihe");
        pick(rules.category("parker").orElseThrow().name(PortalI18n.FINNISH));
        tabTo("Nimesi");
        typeAndTab("Aino Virtanen");
        tabTo("Sähköpostiosoitteesi");
        typeAndTab("aino@example.fi");
        tabTo("Asun, työskentelen tai opiskelen Huddingessa");
        new Actions(driver).sendKeys(Keys.SPACE).perform();
        tabTo("Hyväksyn, että kunta käsittelee tietojani");
        new Actions(driver).sendKeys(Keys.SPACE).perform();
        tabTo("Lähetä aloite");
        assertFinnishAndAccessible();
        new Actions(driver).sendKeys(Keys.ENTER).perform();

        assertFocusOnHeading("Tarkista sähköpostisi");
        assertThat(find("main").getText()).contains("Lähetimme linkin osoitteeseen aino@example.fi.");
        assertFinnishAndAccessible();
        assertThat(jdbc.queryForObject("select language from proposal", String.class)).isEqualTo("fi");

        var letter = letterTo("aino@example.fi", "Vahvista sähköpostiosoitteesi aloitettasi");
        visit("http://localhost:" + port + "/" + link(letter, "forslag/bekrafta/"));
        waitForHeading("Vahvista aloitteesi");
        assertFinnishAndAccessible();
        tabTo("Vahvista aloite");
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        assertFocusOnHeading("Aloitteesi on vahvistettu");
        assertThat(find("#link-result").getText()).contains("HF-2026-0001");
        assertFinnishAndAccessible();

        open("mina-inskick");
        assertThat(heading()).isEqualTo("Omat lähetykseni");
        tabTo("Sähköpostiosoitteesi");
        typeAndTab("aino@example.fi");
        tabTo("Lähetä linkki");
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        assertFocusOnHeading("Tarkista sähköpostisi");
        assertFinnishAndAccessible();

        var list = letterTo("aino@example.fi", "Linkkisi omiin lähetyksiisi");
        driver.get("http://localhost:" + port + "/" + link(list, "mina-inskick/lista/"));
        waitForHeading("Lähetyksesi");
        assertFinnishAndAccessible();
        tabTo("Näytä omat lähetykseni");
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        waiting().until(d -> find("#submitted").getText().contains("Lisää penkkejä Orlångenin rannalle"));
        assertThat(find("#submitted").getText()).contains("Tarkastettavana – julkaisemisesta päätetään viimeistään");
        assertFinnishAndAccessible();
    }

    /** The latest letter to {@code address} whose subject starts so, once it has arrived. */
    private Message letterTo(String address, String subject) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> recipient(m).equals(address) && subject(m).startsWith(subject))
                .map(m -> (Message) m).reduce((a, b) -> b), java.util.Optional::isPresent).orElseThrow();
    }

    private static String link(Message letter, String start) {
        var m = LINK.matcher(GreenMailUtil.getBody(letter).replace("=\r\n", "").replace("=3D", "="));
        while (m.find()) {
            if (m.group(1).startsWith(start)) {
                return m.group(1);
            }
        }
        throw new AssertionError("no link to " + start + " in the letter");
    }

    private static String recipient(Message m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }

    private static String subject(Message m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }

    /** Tabs on until the focus is in the field (or on the button) whose label starts so; at most 25 stops. */
    private void tabTo(String label) {
        waitForVaadin();
        for (int i = 0; i < 25 && !focusedLabel().startsWith(label); i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
        }
        assertThat(focusedLabel()).as("the focus").startsWith(label);
    }

    private void typeAndTab(String text) {
        new Actions(driver).sendKeys(text).perform();
        new Actions(driver).sendKeys(Keys.TAB).perform();
    }

    /** Types an item of the focused combo box and takes it with Enter. */
    private void pick(String item) {
        new Actions(driver).sendKeys(item).perform();
        waiting().until(d -> Boolean.TRUE.equals(driver.executeScript(
                "return [...document.querySelectorAll('vaadin-combo-box-item')].some(i => i.textContent.trim() === arguments[0])",
                item)));
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        waitForVaadin();
        waiting().until(d -> Boolean.TRUE.equals(driver.executeScript(
                "return [...document.querySelectorAll('vaadin-combo-box-scroller')].every(s => !s.checkVisibility())")));
    }

    /**
     * No text of the page, and no accessible name written on an element, is a Swedish text of the portal's that
     * reads differently in Finnish, unless it is marked as Swedish ({@code lang="sv"}: the language switch, a prize
     * round's own words); and axe finds no WCAG 2.1 AA violation.
     */
    @SuppressWarnings("unchecked")
    private void assertFinnishAndAccessible() {
        waitForVaadin();
        var texts = (List<String>) driver.executeScript("""
                const out = [];
                const swedish = n => { const e = n.nodeType === 1 ? n : n.parentElement;
                    const l = e && e.closest('[lang]'); return l && l.getAttribute('lang') === 'sv'; };
                const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                    const t = n.textContent.trim();
                    if (t && !swedish(n) && n.parentElement.closest('script, style') === null) out.push(t);
                }
                for (const e of document.querySelectorAll('[aria-label], [label], [placeholder], [title]')) {
                    if (swedish(e)) continue;
                    for (const a of ['aria-label', 'label', 'placeholder', 'title']) {
                        const v = e.getAttribute(a); if (v && v.trim()) out.push(v.trim());
                    }
                }
                out.push(document.title);
                return out;""");
        Set<String> left = new TreeSet<>(texts);
        left.retainAll(swedishOnly);
        assertThat(left).as("Swedish left on %s", driver.getCurrentUrl()).isEmpty();
        assertAccessible();
    }
}
