package se.huddinge.delaktighet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import se.huddinge.delaktighet.security.StaffAccountService;
import se.huddinge.delaktighet.security.StaffAccountService.NewAccount;
import se.huddinge.delaktighet.security.StaffRole;

class ShellIT extends BrowserTest {

    @Autowired
    StaffAccountService accounts;

    @Test
    void a_visitor_reads_the_portal_in_swedish_and_english_and_an_officer_signs_in() {
        accounts.createInitial(new NewAccount("hanna", "Hanna Handläggare", "hanna@huddinge.example",
                "rostiga-kompasser-sjunger", Set.of(StaffRole.OFFICER)));

        open("");
        assertThat(heading()).isEqualTo("Var med och påverka Huddinge");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("sv");
        assertAccessible();

        driver.findElement(By.id("language-en")).click();
        waitForHeading("Help shape Huddinge");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertAccessible();

        open("tillganglighet");
        assertThat(heading()).as("the choice is remembered").isEqualTo("Accessibility statement");
        assertAccessible();
        open("personuppgifter");
        assertAccessible();
        open("sa-fungerar-det");
        assertThat(heading()).isEqualTo("How Huddinge proposals work");
        assertAccessible();
        open("demokratipriset");
        assertAccessible();

        driver.findElement(By.id("language-sv")).click();
        waitForHeading("Demokratipriset");

        open("finns/inte");
        assertThat(heading()).isEqualTo("Sidan finns inte");
        assertAccessible();

        open("logga-in");
        assertThat(heading()).isEqualTo("Inloggning för personal");
        assertAccessible();
        type("Användarnamn", "hanna");
        type("Lösenord", "rostiga-kompasser-sjunger");
        click("Logga in");
        waitForHeading("Var med och påverka Huddinge");

        open("granskning");
        assertThat(heading()).isEqualTo("Granskning");
        assertThat(driver.findElement(By.tagName("header")).getText()).contains("Inloggad som hanna");
        assertAccessible();
    }

    @Test
    void the_start_pages_links_come_first_by_keyboard_and_open_pages_without_a_reload() {
        // the start page starts its app on the reader's first key (DD45): that first Tab is this test's own
        driver.get("http://localhost:" + port + "/");
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(Keys.TAB).perform();
        waitForVaadin();
        assertThat(driver.switchTo().activeElement().getText()).as("the first stop of the Tab key, in the app")
                .isEqualTo("Hoppa till innehållet");

        driver.executeScript("window.sameDocument = true");
        var card = driver.findElement(By.linkText("Se alla förslag"));
        card.sendKeys(Keys.ENTER);
        waitForHeading("Huddingeförslag");
        assertThat(driver.executeScript("return window.sameDocument === true")).as("a router link, no reload")
                .isEqualTo(true);
        assertAccessible();
    }

    @Test
    void a_wrong_password_keeps_the_visitor_out() {
        open("logga-in");
        type("Användarnamn", "nobody");
        type("Lösenord", "fel-losenord-123");
        click("Logga in");

        waiting().until(d -> d.getCurrentUrl().contains("error"));
        open("granskning");
        assertThat(heading()).isEqualTo("Inloggning för personal");
    }
}
