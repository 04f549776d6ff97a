package se.huddinge.delaktighet.proposal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** The proposal form ("forslag/nytt") as a resident sees it: its fields by their Swedish labels. */
public final class SubmitForm {

    public static final String TITLE = "Rubrik";
    public static final String TEXT = "Beskriv ditt förslag";
    public static final String DISTRICT = "Kommundel";
    public static final String CATEGORY = "Ämne";
    public static final String NAME = "Ditt namn";
    public static final String EMAIL = "Din e-postadress";
    public static final String LIVES = "Jag bor, arbetar eller studerar i Huddinge";
    public static final String CONSENT =
            "Jag godkänner att kommunen behandlar mina uppgifter för att handlägga förslaget";

    private SubmitForm() {
    }

    public static void open() {
        UI.getCurrent().navigate("forslag/nytt");
    }

    public static void fillValid() {
        _setValue(textField(TITLE), "Fler parkbänkar i Flemingsberg");
        _setValue(textArea(TEXT), "Det finns för få bänkar längs gångvägen.\n\nFler bänkar gör promenaden möjlig för fler.");
        _setValue(select(DISTRICT), "Flemingsberg");
        _setValue(select(CATEGORY), "parker");
        _setValue(textField(NAME), "Anna Andersson");
        _setValue(emailField(EMAIL), "anna@example.se");
        _setValue(checkbox(LIVES), true);
        _setValue(checkbox(CONSENT), true);
    }

    public static void send() {
        _click(_get(Button.class, spec -> spec.withText("Skicka förslaget")));
    }

    public static TextField textField(String label) {
        return _get(TextField.class, spec -> spec.withLabel(label));
    }

    public static TextArea textArea(String label) {
        return _get(TextArea.class, spec -> spec.withLabel(label));
    }

    public static EmailField emailField(String label) {
        return _get(EmailField.class, spec -> spec.withLabel(label));
    }

    @SuppressWarnings("unchecked")
    /** District and subject are combo boxes (a Vaadin select with a required mark fails axe). */
    public static ComboBox<String> select(String label) {
        return _get(ComboBox.class, spec -> spec.withLabel(label));
    }

    public static Checkbox checkbox(String label) {
        return _get(Checkbox.class, spec -> spec.withLabel(label));
    }

    /** Whichever field carries this label, as something that can be marked wrong. */
    public static HasValidation field(String label) {
        return (HasValidation) _get(Component.class,
                spec -> spec.withLabel(label).withPredicate(c -> c instanceof HasValidation));
    }
}
