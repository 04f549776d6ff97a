package se.huddinge.delaktighet.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.huddinge.delaktighet.base.form.FieldError;
import se.huddinge.delaktighet.base.form.FormField;
import se.huddinge.delaktighet.base.form.InvalidInput;
import se.huddinge.delaktighet.base.form.Reason;
import se.huddinge.delaktighet.base.form.Refused;

/** The one helper that puts every form's problems at its fields. */
class FieldErrorsTest {

    /** A form of three fields: one text, one repeated per item, one that is shown as a paragraph. */
    enum TestField implements FormField {
        @Refused({Reason.REQUIRED, Reason.TOO_LONG}) TITLE,
        @Refused(Reason.REQUIRED) ANSWER,
        @Refused(Reason.DECIDED) WHOLE;

        @Override
        public String form() {
            return "test";
        }
    }

    /** Another form's field. */
    enum OtherField implements FormField {
        @Refused(Reason.REQUIRED) NAME;

        @Override
        public String form() {
            return "other";
        }
    }

    private final Div form = new Div();
    private final TextField title = new TextField();
    private final LinkedHashMap<Long, TextArea> answers = new LinkedHashMap<>();
    private final Paragraph whole = new Paragraph();

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        answers.put(7L, new TextArea());
        answers.put(9L, new TextArea());
        UI.getCurrent().add(form, title, answers.get(7L), answers.get(9L), whole);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private FieldErrors<TestField> errors() {
        return FieldErrors.of(form, TestField.class).at(TestField.TITLE, title, 80).atEach(TestField.ANSWER, answers)
                .elsewhere(TestField.WHOLE, whole::setText).complete();
    }

    @Test
    void each_problem_shows_at_its_field_and_the_earlier_ones_go() {
        var errors = errors();
        errors.show(new InvalidInput(List.of(new FieldError(TestField.TITLE, Reason.TOO_LONG),
                new FieldError(TestField.ANSWER, Reason.REQUIRED, 9L), new FieldError(TestField.WHOLE, Reason.DECIDED))));

        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).contains("test.invalid.title.tooLong");
        assertThat(title.getErrorMessage()).isEqualTo(form.getTranslation("test.invalid.title.tooLong", 80));
        assertThat(answers.get(7L).isInvalid()).isFalse();
        assertThat(answers.get(9L).isInvalid()).isTrue();
        assertThat(answers.get(9L).getErrorMessage()).isEqualTo(form.getTranslation("test.invalid.answer.required"));
        assertThat(whole.getText()).isEqualTo(form.getTranslation("test.invalid.whole.decided"));

        errors.show(new InvalidInput(TestField.TITLE, Reason.REQUIRED));
        assertThat(title.getErrorMessage()).isEqualTo(form.getTranslation("test.invalid.title.required", 80));
        assertThat(answers.get(9L).isInvalid()).isFalse();
        assertThat(whole.getText()).isEmpty();
    }

    @Test
    void a_form_that_leaves_a_field_without_a_place_is_refused() {
        var builder = FieldErrors.of(form, TestField.class).at(TestField.TITLE, title).atEach(TestField.ANSWER, answers);

        assertThatThrownBy(builder::complete).isInstanceOf(IllegalStateException.class).hasMessageContaining("WHOLE");
    }

    @Test
    void a_field_placed_twice_is_refused() {
        assertThatThrownBy(() -> FieldErrors.of(form, TestField.class).at(TestField.TITLE, title)
                .at(TestField.TITLE, title)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void another_forms_problem_is_refused_rather_than_shown_somewhere() {
        var errors = errors();

        assertThatThrownBy(() -> errors.show(new InvalidInput(OtherField.NAME, Reason.REQUIRED)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("TestField");
    }

    @Test
    void a_reason_the_field_does_not_list_cannot_be_reported() {
        assertThatThrownBy(() -> new FieldError(TestField.ANSWER, Reason.TOO_LONG))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_field_without_its_reasons_can_report_nothing() {
        assertThat(TestField.TITLE.reasons()).containsExactlyInAnyOrder(Reason.REQUIRED, Reason.TOO_LONG);
        assertThat(Unmarked.FIELD.reasons()).isEmpty();
        assertThatThrownBy(() -> new FieldError(Unmarked.FIELD, Reason.REQUIRED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** A field whose reasons nobody wrote down. */
    enum Unmarked implements FormField {
        FIELD;

        @Override
        public String form() {
            return "unmarked";
        }
    }

    @Test
    void the_key_is_the_forms_the_fields_and_the_reasons() {
        assertThat(new FieldError(TestField.TITLE, Reason.TOO_LONG).key()).isEqualTo("test.invalid.title.tooLong");
        assertThat(FieldError.key(OtherField.NAME, Reason.REQUIRED)).isEqualTo("other.invalid.name.required");
        assertThat(new FieldError(TestField.ANSWER, Reason.REQUIRED, 9L).fieldName()).isEqualTo("answer.9");
        assertThat(Reason.of("beforeReceived")).isEqualTo(Reason.BEFORE_RECEIVED);
        assertThat(Reason.of(null)).isNull();
    }
}
