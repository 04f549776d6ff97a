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
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Locale;
import se.huddinge.delaktighet.base.i18n.Dates;
import se.huddinge.delaktighet.base.i18n.PortalI18n;
import se.huddinge.delaktighet.base.ui.PortalPage;
import se.huddinge.delaktighet.notification.LetterTemplates;
import se.huddinge.delaktighet.notification.internal.TemplateOverrides;

/** Administrators edit what each letter says, per language, with a preview and a check before saving. */
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
        language.setItems(PortalI18n.SWEDISH, PortalI18n.ENGLISH);
        language.setItemLabelGenerator(l -> PortalI18n.ENGLISH.equals(l) ? "English" : "Svenska");
        language.setValue(PortalI18n.SWEDISH);
        text.setLabel(getTranslation("templates.text"));
        text.setHelperText(getTranslation("templates.text.help"));
        text.setWidthFull();
        text.setMinHeight("20rem");
        text.addClassName("template-text");
        placeholders.setId("placeholders");
        state.setId("template-state");
        preview.setId("preview");
        preview.addClassName("preview");

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
                new H2(getTranslation("templates.previewTitle")), preview,
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
        text.setValue(templates.current(letter.getValue(), language.getValue()));
        placeholders.setText(getTranslation("templates.placeholders") + " "
                + String.join(", ", templates.placeholders(letter.getValue(), language.getValue()).stream()
                .map(p -> "${" + p + "}").toList()));
        state.setText(getTranslation(templates.isEdited(letter.getValue(), language.getValue())
                ? "templates.state.edited" : "templates.state.default"));
        history.setItems(templates.history(letter.getValue(), language.getValue()));
        preview.removeAll();
    }

    private void preview() {
        try {
            show(templates.preview(letter.getValue(), language.getValue(), text.getValue()));
        } catch (IllegalStateException e) {
            refuse(e);
        }
    }

    private void save() {
        try {
            show(templates.save(letter.getValue(), language.getValue(), text.getValue()));
            Notification.show(getTranslation("templates.saved"));
            state.setText(getTranslation("templates.state.edited"));
            history.setItems(templates.history(letter.getValue(), language.getValue()));
        } catch (IllegalStateException e) {
            refuse(e);
        }
    }

    private void refuse(IllegalStateException e) {
        text.setErrorMessage(getTranslation("templates.invalid", e.getMessage()));
        text.setInvalid(true);
        preview.removeAll();
    }

    private void show(LetterTemplates.Preview p) {
        text.setInvalid(false);
        preview.removeAll();
        preview.add(new Paragraph(p.about().isEmpty() ? getTranslation("templates.previewExample")
                        : getTranslation("templates.previewAbout", p.about())),
                new Paragraph(getTranslation("templates.subject") + " " + p.letter().subject()),
                new Pre(p.letter().text()));
    }
}
