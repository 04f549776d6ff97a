package se.huddinge.delaktighet.notification;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import se.huddinge.delaktighet.KaribuTest;
import se.huddinge.delaktighet.proposal.ProposalCaseService;
import se.huddinge.delaktighet.proposal.ProposalService;
import se.huddinge.delaktighet.proposal.Proposals;

/** An administrator edits a letter; the edit is checked, stored with who, used by the next letter, and undone. */
@RecordApplicationEvents
class LetterTemplatesTest extends KaribuTest {

    @Autowired
    ProposalService service;
    @Autowired
    ProposalCaseService cases;
    @Autowired
    ApplicationEvents events;

    @SuppressWarnings("unchecked")
    private void open(String template) {
        login("ada", "ADMIN");
        UI.getCurrent().navigate("admin/brevmallar");
        _setValue((Select<String>) _get(Select.class, spec -> spec.withLabel("Brev")), template);
    }

    @Test
    void an_edited_letter_is_checked_stored_with_who_and_used_by_the_next_letter_until_it_is_reset() {
        var proposals = new Proposals(service, cases, events);
        proposals.published("Ett tidigare publicerat förslag");
        open("proposal-published");
        var text = _get(TextArea.class, spec -> spec.withLabel("Brevets text"));
        assertThat(text.getValue()).startsWith("Subject:");
        assertThat(_get(Paragraph.class, spec -> spec.withId("placeholders")).getText()).contains("${reference}")
                .as("how a letter by post is worded (DD43)").contains("${byPost} är sant i ett brev som skrivs ut");

        _setValue(text, text.getValue().replaceFirst("\n", "\nNu kan alla stödja ditt förslag!\n"));
        _click(_get(Button.class, spec -> spec.withText("Förhandsgranska")));
        assertThat(_get(Div.class, spec -> spec.withId("preview")).getElement().getTextRecursively())
                .contains("Nu kan alla stödja ditt förslag!").contains("HF-2026-0001");
        _click(_get(Button.class, spec -> spec.withText("Spara")));
        assertThat(jdbc.queryForObject("select changed_by from letter_template_change", String.class)).isEqualTo("ada");

        var p = proposals.published("Ett nytt förslag");
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from letter where template = 'proposal-published' and subject_ref = ?",
                Integer.class, p.reference()) == 1);
        assertThat(jdbc.queryForObject("select body_text from letter where template = 'proposal-published' "
                + "and subject_ref = ?", String.class, p.reference())).contains("Nu kan alla stödja ditt förslag!");

        open("proposal-published");
        _click(_get(Button.class, spec -> spec.withText("Återställ standardtexten")));
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Brevets text")).getValue())
                .doesNotContain("Nu kan alla stödja ditt förslag!");
        assertThat(jdbc.queryForObject("select count(*) from letter_template_override", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from letter_template_change", Integer.class)).isEqualTo(2);
    }

    @Test
    void a_template_that_does_not_render_is_refused_at_the_field_and_not_stored() {
        open("proposal-receipt");
        var text = _get(TextArea.class, spec -> spec.withLabel("Brevets text"));

        _setValue(text, "Subject: Hej [(${reference)]\nTrasig mall [# th:if=\"${\"]");
        _click(_get(Button.class, spec -> spec.withText("Spara")));
        assertThat(text.isInvalid()).isTrue();
        assertThat(text.getErrorMessage()).startsWith("Mallen går inte att använda");

        _setValue(text, "Ingen ämnesrad här");
        _click(_get(Button.class, spec -> spec.withText("Spara")));
        assertThat(text.isInvalid()).isTrue();
        assertThat(text.getErrorMessage())
                .isEqualTo("Mallen går inte att använda: rad 1: första raden ska börja med Subject:");

        _setValue(text, "Subject: Hej\n\nDitt förslag ${reference} är mottaget.\n");
        _click(_get(Button.class, spec -> spec.withText("Förhandsgranska")));
        assertThat(text.getErrorMessage()).as("shown at the text, with its line").isEqualTo("Mallen går inte att använda: "
                + "rad 3: ett uttryck är inte avslutat och skulle stå i brevet som det är skrivet");
        assertThat(jdbc.queryForObject("select count(*) from letter_template_override", Integer.class)).isZero();
    }

    @Test
    void only_administrators_edit_letters() {
        login("hanna", "OFFICER");
        assertThatThrownBy(() -> UI.getCurrent().navigate("admin/brevmallar")).isInstanceOf(MockAccessDeniedException.class);
    }
}
