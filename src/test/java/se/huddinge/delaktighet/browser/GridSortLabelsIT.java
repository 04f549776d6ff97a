package se.huddinge.delaktighet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import se.huddinge.delaktighet.security.StaffAccountService;
import se.huddinge.delaktighet.security.StaffAccountService.NewAccount;
import se.huddinge.delaktighet.security.StaffRole;

/**
 * A list's sort buttons are read out in the page's language: Vaadin's grid names each one "Sort by" and the
 * column's heading, in English also on a Swedish page.
 */
class GridSortLabelsIT extends BrowserTest {

    @Autowired
    StaffAccountService accounts;

    @Test
    void the_sort_buttons_are_named_in_swedish_on_a_swedish_page_and_in_english_on_an_english_one() {
        accounts.createInitial(new NewAccount("lena", "Lena Ledamot", "lena@huddinge.example",
                "rostiga-kompasser-sjunger", Set.of(StaffRole.COMMITTEE)));
        signIn("lena", "rostiga-kompasser-sjunger");

        open("granskning/lista");
        waiting().until(ExpectedConditions.textToBe(By.id("list-total"), "Inga förslag matchar"));
        assertThat(sortLabels()).containsExactly("Sortera efter Förslag", "Sortera efter Inkom", "Sortera efter Stöd");
        assertAccessible();

        driver.findElement(By.id("language-en")).click();
        waiting().until(ExpectedConditions.textToBe(By.id("list-total"), "No proposals match"));
        assertThat(sortLabels()).allSatisfy(label -> assertThat(label).startsWith("Sort by "));
    }

    /** The accessible names of the grid's sort buttons, once the grid has drawn its header. */
    private List<String> sortLabels() {
        waiting().until(d -> d.findElements(By.cssSelector("vaadin-grid-sorter[aria-label]")).size() == 3);
        return driver.findElements(By.cssSelector("vaadin-grid-sorter")).stream()
                .map((WebElement s) -> s.getAttribute("aria-label")).toList();
    }
}
