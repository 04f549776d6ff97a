package se.huddinge.delaktighet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import se.huddinge.delaktighet.security.StaffAccountService;
import se.huddinge.delaktighet.security.StaffAccountService.NewAccount;
import se.huddinge.delaktighet.security.StaffRole;

/**
 * In Chromium: the letter editor shows the readability figure beside the preview, follows the text shortly after
 * the administrator stops typing, and passes axe with the figure, the hint, the lists and the marked words shown.
 */
class LetterReadabilityIT extends BrowserTest {

    private static final String PASSWORD = "rostiga-kompasser-sjunger";

    @Autowired
    StaffAccountService accounts;

    @Test
    void the_figure_follows_the_text_as_it_is_typed_and_the_page_passes_axe() {
        accounts.createInitial(new NewAccount("ada", "Ada Administratör", "ada@huddinge.example", PASSWORD,
                Set.of(StaffRole.ADMIN)));
        signIn("ada", PASSWORD);
        open("admin/brevmallar");
        waiting().until(d -> find("#lix").getText().startsWith("LIX "));
        assertThat(driver.findElements(By.cssSelector("#preview mark"))).isNotEmpty();
        assertAccessible();

        type("Brevets text", "Subject: Underrättelse angående ärendet [(${reference})]\n"
                + "Med anledning av att kommunfullmäktiges beredningsorgan i enlighet med gällande "
                + "delegationsordning har genomfört en sammanvägd bedömning meddelas härmed att ärendet "
                + "har överlämnats till ansvarig nämnd för vidare handläggning och slutligt ställningstagande.");
        // no button pressed: the figure follows the text after a pause in typing
        waiting().until(d -> Boolean.TRUE.equals(driver.executeScript(
                "const h = document.getElementById('lix-hint'); return !!h && !h.hidden;")));
        assertThat(find("#lix-hint").getText()).contains("Korta meningarna och byt långa ord mot vanliga.");
        assertThat(find("#longest-words").getText()).contains("kommunfullmäktiges (18 bokstäver)");
        assertAccessible();
    }
}
