package se.huddinge.delaktighet.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import se.huddinge.delaktighet.TestSmtp;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import se.huddinge.delaktighet.security.StaffAccountService;
import se.huddinge.delaktighet.security.StaffAccountService.NewAccount;
import se.huddinge.delaktighet.security.StaffRole;

/**
 * The resident's journey in Chromium, with the real letters from a real SMTP server: submit, follow the link in
 * the mail, the officer sees it in moderation and publishes it, another resident supports it through the mail link.
 */
class ResidentJourneyIT extends BrowserTest {

    private static final Pattern LINK = Pattern.compile("https?://\\S+/(forslag/bekrafta/|stod/bekrafta/)(\\S+)");

    @Autowired
    StaffAccountService accounts;

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
    void submit_confirm_moderate_publish_and_support() throws Exception {
        accounts.createInitial(new NewAccount("hanna", "Hanna Handläggare", "hanna@huddinge.example",
                "rostiga-kompasser-sjunger", Set.of(StaffRole.OFFICER)));

        open("forslag/nytt");
        assertThat(heading()).isEqualTo("Lämna ett förslag");
        assertAccessible();
        fillProposalForm("Bänkar längs Orlångens strand", "asa@example.se");
        click("Skicka förslaget");
        waiting().until(d -> d.getPageSource().contains("Kolla din e-post"));
        assertAccessible();

        String confirm = linkIn(mailTo("asa@example.se", 1));
        visit(confirm);
        waitForHeading("Bekräfta ditt förslag");
        assertAccessible();
        click("Bekräfta förslaget");
        waiting().until(d -> find("#link-result").getText().contains("HF-2026-0001"));
        assertAccessible();

        open("logga-in");
        type("Användarnamn", "hanna");
        type("Lösenord", "rostiga-kompasser-sjunger");
        click("Logga in");
        waitForHeading("Var med och påverka Huddinge");
        open("granskning/forslag");
        assertThat(find("#moderation").getText()).contains("Bänkar längs Orlångens strand");
        assertAccessible();
        driver.findElement(By.linkText("HF-2026-0001 Bänkar längs Orlångens strand")).click();
        waitForHeading("Bänkar längs Orlångens strand");
        assertThat(find("#case-status").getText()).contains("Granskas");
        assertAccessible();
        click("Publicera förslaget");
        waiting().until(d -> find("#case-status").getText().contains("Öppet för stöd"));

        driver.manage().deleteAllCookies();
        open("forslag");
        assertAccessible();
        driver.findElement(By.linkText("Bänkar längs Orlångens strand")).click();
        waitForHeading("Bänkar längs Orlångens strand");
        assertThat(find("#support-count").getText()).isEqualTo("0 av 100 stöd");
        assertAccessible();
        type("E-postadress", "bo@example.se");
        click("Stöd förslaget");
        waiting().until(d -> find("#support-result").getText().contains("bo@example.se"));

        String support = linkIn(mailTo("bo@example.se", 1));
        visit(support);
        waitForHeading("Bekräfta ditt stöd");
        assertAccessible();
        click("Bekräfta mitt stöd");
        waiting().until(d -> find("#link-result").getText().contains("1 stöd"));
        assertAccessible();

        open("forslag/HF-2026-0001");
        assertThat(find("#support-count").getText()).isEqualTo("1 av 100 stöd");
    }

    private MimeMessage mailTo(String address, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> recipient(m).equals(address)).count() >= count);
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> recipient(m).equals(address))
                .reduce((a, b) -> b).orElseThrow();
    }

    private static String recipient(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (Exception e) {
            return "";
        }
    }

    /** The first confirmation link in the letter, pointed at this test's server. */
    private String linkIn(MimeMessage message) {
        var m = LINK.matcher(GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "="));
        assertThat(m.find()).as("a confirmation link in the letter").isTrue();
        return "http://localhost:" + port + "/" + m.group(1) + m.group(2);
    }
}
