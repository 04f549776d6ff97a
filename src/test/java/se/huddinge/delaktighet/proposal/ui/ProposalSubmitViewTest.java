package se.huddinge.delaktighet.proposal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static se.huddinge.delaktighet.proposal.ui.SubmitForm.*;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.huddinge.delaktighet.KaribuTest;

/** A resident fills in the proposal form: what is accepted, what is refused and how the refusal reads. */
class ProposalSubmitViewTest extends KaribuTest {

    @BeforeEach
    void openTheForm() {
        open();
    }

    @Test
    void a_complete_proposal_is_saved_waiting_for_the_email_link() {
        fillValid();
        send();

        assertThat(_get(H2.class, spec -> spec.withText("Kolla din e-post"))).isNotNull();
        assertThat(jdbc.queryForList("select status from proposal", String.class)).containsExactly("SUBMITTED");
        assertThat(jdbc.queryForObject("select author_email from proposal", String.class)).isEqualTo("anna@example.se");
    }

    /** One thing wrong with an otherwise good form. */
    record Spoiled(String field, Runnable spoil, String message) {
        @Override
        public String toString() {
            return field + " → " + message;
        }
    }

    static Stream<Spoiled> oneFieldWrong() {
        return Stream.of(
                new Spoiled(TITLE, () -> _setValue(textField(TITLE), "   "), "Skriv en rubrik."),
                new Spoiled(TEXT, () -> _setValue(textArea(TEXT), ""), "Beskriv ditt förslag."),
                new Spoiled(DISTRICT, () -> _setValue(select(DISTRICT), null), "Välj vilken kommundel förslaget gäller."),
                new Spoiled(CATEGORY, () -> _setValue(select(CATEGORY), null), "Välj ett ämne."),
                new Spoiled(NAME, () -> _setValue(textField(NAME), ""), "Skriv ditt namn."),
                new Spoiled(EMAIL, () -> _setValue(emailField(EMAIL), ""), "Skriv din e-postadress."),
                new Spoiled(EMAIL, () -> _setValue(emailField(EMAIL), "anna.example.se"),
                        "Skriv en e-postadress i formen namn@exempel.se."),
                new Spoiled(EMAIL, () -> _setValue(emailField(EMAIL), "anna@example"),
                        "Skriv en e-postadress i formen namn@exempel.se."),
                new Spoiled(LIVES, () -> _setValue(checkbox(LIVES), false),
                        "Du behöver bo, arbeta eller studera i Huddinge för att lämna ett förslag."),
                new Spoiled(CONSENT, () -> _setValue(checkbox(CONSENT), false),
                        "Du behöver godkänna att vi behandlar dina uppgifter för att kunna ta emot förslaget."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneFieldWrong")
    void a_missing_or_wrong_field_is_marked_at_the_field_and_nothing_is_saved(Spoiled spoiled) {
        fillValid();
        spoiled.spoil().run();
        send();

        var field = field(spoiled.field());
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo(spoiled.message());
        assertThat(_find(Component.class, spec -> spec.withPredicate(c -> c instanceof HasValidation v && v.isInvalid())))
                .as("only the wrong field is marked").hasSize(1);
        assertThat(_find(H2.class, spec -> spec.withText("Kolla din e-post"))).isEmpty();
        assertThat(proposals()).isZero();
    }

    @Test
    void an_empty_form_marks_every_required_field_at_once() {
        send();

        for (var label : new String[] {TITLE, TEXT, DISTRICT, CATEGORY, NAME, EMAIL, LIVES, CONSENT}) {
            assertThat(field(label).isInvalid()).as(label).isTrue();
            assertThat(field(label).getErrorMessage()).as(label).isNotBlank();
        }
        assertThat(proposals()).isZero();
    }

    @Test
    void a_corrected_field_is_no_longer_marked_on_the_next_try() {
        fillValid();
        _setValue(textField(TITLE), "");
        send();
        assertThat(textField(TITLE).isInvalid()).isTrue();

        _setValue(textField(TITLE), "Fler parkbänkar i Flemingsberg");
        send();

        assertThat(_get(H2.class, spec -> spec.withText("Kolla din e-post"))).isNotNull();
        assertThat(proposals()).isOne();
    }

    @Test
    void a_title_of_100_characters_is_accepted() {
        String title = "Fler parkbänkar " + "x".repeat(84);
        assertThat(title).hasSize(100);
        fillValid();
        _setValue(textField(TITLE), title);
        send();

        assertThat(jdbc.queryForObject("select title from proposal", String.class)).isEqualTo(title);
    }

    @Test
    void a_title_of_101_characters_is_refused() {
        fillValid();
        _setValue(textField(TITLE), "Fler parkbänkar " + "x".repeat(85));
        send();

        assertThat(textField(TITLE).getErrorMessage()).isEqualTo("Rubriken får vara högst 100 tecken.");
        assertThat(proposals()).isZero();
    }

    @Test
    void a_text_of_2000_characters_is_accepted() {
        String text = "Bänk ".repeat(399) + "Bänk!";
        assertThat(text).hasSize(2000);
        fillValid();
        _setValue(textArea(TEXT), text);
        send();

        assertThat(jdbc.queryForObject("select body from proposal", String.class)).isEqualTo(text);
    }

    @Test
    void a_text_of_2001_characters_is_refused() {
        fillValid();
        _setValue(textArea(TEXT), "Bänk ".repeat(399) + "Bänkar");
        send();

        assertThat(textArea(TEXT).getErrorMessage()).isEqualTo("Texten får vara högst 2000 tecken.");
        assertThat(proposals()).isZero();
    }

    @Test
    void the_counter_under_the_text_follows_what_is_typed() {
        assertThat(textArea(TEXT).getHelperText()).isEqualTo("0 av 2000 tecken");

        _setValue(textArea(TEXT), "Fler bänkar");
        assertThat(textArea(TEXT).getHelperText()).isEqualTo("11 av 2000 tecken");

        _setValue(textArea(TEXT), "å".repeat(2001));
        assertThat(textArea(TEXT).getHelperText()).isEqualTo("2001 av 2000 tecken");
    }

    @Test
    void the_form_speaks_english_when_the_resident_chose_english() {
        UI.getCurrent().navigate("");
        useLanguage(Locale.ENGLISH);
        UI.getCurrent().navigate("forslag/nytt");

        _setValue(_get(EmailField.class, spec -> spec.withLabel("Your e-mail address")), "anna.example.se");
        _click(_get(Button.class, spec -> spec.withText("Send the proposal")));

        assertThat(_get(TextField.class, spec -> spec.withLabel("Title")).getErrorMessage()).isEqualTo("Write a title.");
        assertThat(_get(EmailField.class, spec -> spec.withLabel("Your e-mail address")).getErrorMessage())
                .isEqualTo("Write an e-mail address like name@example.com.");
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Describe your proposal")).getHelperText())
                .isEqualTo("0 of 2,000 characters");
        assertThat(proposals()).isZero();
    }

    private int proposals() {
        return jdbc.queryForObject("select count(*) from proposal", Integer.class);
    }
}
