package se.huddinge.delaktighet.notification.ui;

import se.huddinge.delaktighet.security.StaffRole;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import se.huddinge.delaktighet.base.i18n.Dates;
import se.huddinge.delaktighet.base.i18n.PortalI18n;
import se.huddinge.delaktighet.base.ui.PortalPage;
import se.huddinge.delaktighet.notification.LetterTemplates;
import se.huddinge.delaktighet.notification.TemplateProblem;
import se.huddinge.delaktighet.notification.internal.TemplateOverrides;

/**
 * Administrators edit what each letter says, per language, with a preview and a check before saving. The preview
 * and how easy the letter is to read follow the text as it is written (shortly after each pause in typing).
 */
@Route("admin/brevmallar")
@RolesAllowed(StaffRole.ADMIN_ROLE)
class LetterTemplatesView extends PortalPage {

    private final LetterTemplates templates;
    private final Clock clock;
    private final Select<String> letter = new Select<>();
    private final RadioButtonGroup<Locale> language = new RadioButtonGroup<>();
    private final TextArea text = new TextArea();
    private final Paragraph placeholders = new Paragraph();
    private final Paragraph state = new Paragraph();
    private final Div preview = new Div();
    private final ReadabilityPanel readability = new ReadabilityPanel();
    private final Grid<TemplateOverrides.Change> history = new Grid<>();

    LetterTemplatesView(LetterTemplates templates, Clock clock) {
        super("templates.title");
        this.templates = templates;
        this.clock = clock;
        add(new Paragraph(getTranslation("templates.intro")));

        letter.setLabel(getTranslation("templates.letter"));
        letter.setItems(templates.names());
        letter.setItemLabelGenerator(n -> getTranslation("templates.name." + n));
        language.setLabel(getTranslation("templates.language"));
        language.setItems(PortalI18n.SWEDISH, PortalI18n.ENGLISH, PortalI18n.FINNISH);
        // each language by its own name, as a language chooser names them
        language.setItemLabelGenerator(l -> PortalI18n.ENGLISH.equals(l) ? "English"
                : PortalI18n.FINNISH.equals(l) ? "Suomi" : "Svenska");
        language.setValue(PortalI18n.SWEDISH);
        text.setLabel(getTranslation("templates.text"));
        text.setHelperText(getTranslation("templates.text.help"));
        text.setWidthFull();
        text.setMinHeight("20rem");
        text.addClassName("template-text");
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setValueChangeTimeout(700);
        text.addValueChangeListener(e -> follow());
        placeholders.setId("placeholders");
        state.setId("template-state");
        preview.setId("preview");
        preview.addClassName("preview");
        preview.getStyle().set("flex", "2 1 30rem").set("min-width", "0");
        var beside = new Div(preview, readability);
        beside.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-l)")
                .set("align-items", "flex-start");

        var show = new Button(getTranslation("templates.preview"), e -> preview());
        var save = new Button(getTranslation("templates.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var reset = new Button(getTranslation("templates.reset"), e -> {
            templates.reset(letter.getValue(), language.getValue());
            Notification.show(getTranslation("templates.resetDone"));
            load();
        });
        letter.addValueChangeListener(e -> load());
        language.addValueChangeListener(e -> load());

        history.addColumn(c -> Dates.dateTime(c.at().atZone(clock.getZone()), getLocale()))
                .setHeader(getTranslation("templates.history.when")).setAutoWidth(true);
        history.addColumn(TemplateOverrides.Change::by).setHeader(getTranslation("templates.history.who")).setAutoWidth(true);
        history.addColumn(c -> getTranslation(c.reset() ? "templates.history.reset" : "templates.history.edit"))
                .setHeader(getTranslation("templates.history.what"));
        history.setAllRowsVisible(true);
        history.getElement().setAttribute("aria-label", getTranslation("templates.history"));

        add(letter, language, state, text, placeholders, new Div(show, save, reset),
                new H2(getTranslation("templates.previewTitle")), beside,
                new H2(getTranslation("templates.history")), history);
        if (!templates.names().isEmpty()) {
            letter.setValue(templates.names().getFirst());
        }
    }

    private void load() {
        if (letter.getValue() == null || language.getValue() == null) {
            return;
        }
        text.setInvalid(false);
        String current = templates.current(letter.getValue(), language.getValue());
        if (Objects.equals(current, text.getValue())) {
            follow(); // the value change that shows the preview does not come
        }
        text.setValue(current);
        var values = templates.placeholders(letter.getValue(), language.getValue());
        placeholders.setText(getTranslation("templates.placeholders") + " "
                + String.join(", ", values.stream().map(p -> "${" + p + "}").toList())
                // how a letter says it came by post (DD43)
                + (values.contains("byPost") ? " " + getTranslation("templates.byPost") : ""));
        state.setText(getTranslation(templates.isEdited(letter.getValue(), language.getValue())
                ? "templates.state.edited" : "templates.state.default"));
        history.setItems(templates.history(letter.getValue(), language.getValue()));
    }

    /** The preview and the figure as the text now stands; a text that does not render yet is not an error here. */
    private void follow() {
        if (letter.getValue() == null || language.getValue() == null) {
            return;
        }
        if (!looksFinished(text.getValue())) {
            // half-typed: not rendered, so the template engine does not log an error at every pause
            preview.removeAll();
            readability.unavailable();
            return;
        }
        try {
            show(templates.preview(letter.getValue(), language.getValue(), text.getValue()));
        } catch (TemplateProblem.Refused e) {
            preview.removeAll();
            readability.unavailable();
        }
    }

    private void preview() {
        try {
            show(templates.preview(letter.getValue(), language.getValue(), text.getValue()));
        } catch (TemplateProblem.Refused e) {
            refuse(e.problem());
        }
    }

    /** Every {@code [(} closed by {@code )]} and every {@code [#} by {@code /]}: worth rendering. */
    private static boolean looksFinished(String text) {
        return count(text, "[(") == count(text, ")]") && count(text, "[#") == count(text, "/]");
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    private void save() {
        try {
            show(templates.save(letter.getValue(), language.getValue(), text.getValue()));
            Notification.show(getTranslation("templates.saved"));
            state.setText(getTranslation("templates.state.edited"));
            history.setItems(templates.history(letter.getValue(), language.getValue()));
        } catch (TemplateProblem.Refused e) {
            refuse(e.problem());
        }
    }

    /** The problem at the text: its line when it has one, and what is wrong. */
    private void refuse(TemplateProblem problem) {
        String what = switch (problem.reason()) {
            case SYNTAX -> getTranslation("templates.problem.syntax", problem.detail());
            case NO_SUBJECT -> getTranslation("templates.problem.noSubject");
            case UNFINISHED -> getTranslation("templates.problem.unfinished");
            case EMPTY -> getTranslation("templates.problem.empty");
        };
        text.setErrorMessage(getTranslation("templates.invalid", problem.line() > 0
                ? getTranslation("templates.problem.line", problem.line(), what) : what));
        text.setInvalid(true);
        preview.removeAll();
        readability.unavailable();
    }

    private void show(LetterTemplates.Preview p) {
        text.setInvalid(false);
        preview.removeAll();
        var subject = new Paragraph(getTranslation("templates.subject") + " ");
        ReadabilityPanel.markLongWords(subject.getElement(), p.letter().subject(), language.getValue());
        var body = new Pre();
        // the letter's own line breaks, long lines wrapped beside the readability panel
        body.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere");
        ReadabilityPanel.markLongWords(body.getElement(), p.letter().text(), language.getValue());
        preview.add(new Paragraph(p.about().isEmpty() ? getTranslation("templates.previewExample")
                : getTranslation("templates.previewAbout", p.about())), subject, body);
        readability.show(p.letter(), language.getValue());
    }
}
