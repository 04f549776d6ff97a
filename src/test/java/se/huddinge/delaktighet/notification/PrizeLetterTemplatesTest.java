package se.huddinge.delaktighet.notification;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.huddinge.delaktighet.KaribuTest;
import se.huddinge.delaktighet.base.i18n.PortalI18n;
import se.huddinge.delaktighet.proposal.ProposalFixtures;

/** The prize's letters are in the catalogue, editable like the proposals' letters, each previewed with prize values. */
class PrizeLetterTemplatesTest extends KaribuTest {

    private static final List<String> PRIZE_LETTERS = List.of("prize-confirm-email", "prize-receipt", "prize-too-late",
            "prize-outcome-won", "prize-outcome-not-chosen", "prize-winner", "prize-scoring-reminder");

    @Autowired
    LetterTemplates templates;

    @Test
    void every_prize_letter_is_listed_and_renders_in_each_language_with_its_values() {
        ProposalFixtures.as("ada", () -> {
            assertThat(templates.names()).containsAll(PRIZE_LETTERS);
            for (String name : PRIZE_LETTERS) {
                for (var locale : List.of(PortalI18n.SWEDISH, PortalI18n.ENGLISH, PortalI18n.FINNISH)) {
                    var preview = templates.preview(name, locale, templates.current(name, locale));
                    assertThat(preview.letter().subject()).as(name).doesNotContain("${").isNotBlank();
                    assertThat(preview.letter().text()).as(name).doesNotContain("${")
                            .doesNotContainPattern("\\bnull\\b");
                }
            }
            return null;
        }, "ADMIN");
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_administrator_edits_the_receipt_and_previews_it_about_a_nomination() {
        login("ada", "ADMIN");
        UI.getCurrent().navigate("admin/brevmallar");
        _setValue((Select<String>) _get(Select.class, spec -> spec.withLabel("Brev")), "prize-receipt");
        var text = _get(TextArea.class, spec -> spec.withLabel("Brevets text"));
        _setValue(text, text.getValue().replaceFirst("\n", "\nVarmt tack för att du nominerade!\n"));
        _click(_get(Button.class, spec -> spec.withText("Förhandsgranska")));

        assertThat(_get(Div.class, spec -> spec.withId("preview")).getElement().getTextRecursively())
                .contains("Varmt tack för att du nominerade!").contains("DP-2026-0007")
                .contains("Föreningen Sjödalens röster");
    }
}
