package se.huddinge.delaktighet.review.ui;

import static se.huddinge.delaktighet.proposal.ImplementationFormField.*;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import se.huddinge.delaktighet.base.i18n.Dates;
import se.huddinge.delaktighet.base.ui.FieldErrors;
import se.huddinge.delaktighet.proposal.CaseFile;
import se.huddinge.delaktighet.proposal.ImplementationFormField;
import se.huddinge.delaktighet.proposal.ImplementationRecord;
import se.huddinge.delaktighet.proposal.ImplementationStatus;
import se.huddinge.delaktighet.proposal.ProposalImplementations;

/**
 * The follow-through of an approved proposal on its case page (DD29): the record as it stands, every update with who
 * saved it, and, for those who act on cases, the form that updates it. The form is checked against the version it
 * was drawn from: when another officer saved first, nothing is saved and the page shows their record
 * ({@code case.conflict}). A change of status brings the letters by itself.
 */
class ImplementationForm extends StepForm<ImplementationRecord.Form> {

    ImplementationForm(CaseFile p, ProposalImplementations implementations, boolean mayAct, Clock clock,
                       Outcome outcome) {
        super(ImplementationRecord.Form.class, outcome);
        setId("implementation-record");
        add(new H2(getTranslation("case.implementation.title")));
        var record = implementations.forStaff(p.id()).orElse(null);
        var locale = getLocale();
        if (record == null) {
            add(new Paragraph(getTranslation("case.implementation.none")));
        } else {
            var history = new OrderedList();
            history.setId("implementation-history");
            for (var u : record.updates()) {
                var at = Dates.longDate(LocalDate.ofInstant(u.at(), clock.getZone()), locale);
                history.add(new ListItem(getTranslation("case.implementation.update", at, u.actor(),
                        getTranslation("implementation.status." + u.status().name()), u.unit(),
                        Dates.longDate(u.plannedDate(), locale)) + (u.note() == null ? "" : " – " + u.note())));
            }
            add(history);
        }
        if (!mayAct) {
            return;
        }
        add(new Paragraph(getTranslation("case.implementation.intro")));
        var unit = new TextField(getTranslation("case.implementation.unit"));
        unit.setHelperText(getTranslation("case.implementation.unit.help"));
        var planned = new DatePicker(getTranslation("case.implementation.plannedDate"));
        planned.setLocale(locale);
        var status = new ComboBox<ImplementationStatus>(getTranslation("case.implementation.status"));
        status.setItems(Arrays.asList(ImplementationStatus.values()));
        status.setItemLabelGenerator(s -> getTranslation("implementation.status." + s.name()));
        var reason = new TextArea(getTranslation("case.implementation.reason"));
        reason.setHelperText(getTranslation("case.implementation.reason.help"));
        var note = new TextArea(getTranslation("case.implementation.note"));
        note.setHelperText(getTranslation("case.implementation.note.help"));
        unit.setWidth("32rem");
        reason.setWidth("32rem");
        note.setWidth("32rem");
        unit.setMaxWidth("100%");
        reason.setMaxWidth("100%");
        note.setMaxWidth("100%");
        binder.forField(unit).bind("unit");
        binder.forField(planned).bind("plannedDate");
        binder.forField(status).bind("status");
        binder.forField(reason).bind("reason");
        binder.forField(note).bind("publicNote");
        errors(FieldErrors.of(this, ImplementationFormField.class).at(UNIT, unit, ImplementationRecord.UNIT_MAX)
                .at(PLANNED_DATE, planned).at(STATUS, status).at(REASON, reason, ImplementationRecord.TEXT_MAX)
                .at(PUBLIC_NOTE, note, ImplementationRecord.TEXT_MAX).complete());
        Long version = null;
        if (record != null) {
            unit.setValue(record.unit());
            planned.setValue(record.plannedDate());
            status.setValue(record.status());
            if (record.reason() != null) {
                reason.setValue(record.reason());
            }
            version = record.version();
        }
        Long seen = version;
        var save = new Button(getTranslation("case.implementation.save"));
        save.setId("implementation-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> submit(form -> implementations.save(p.id(), seen, form)));
        add(unit, planned, status, reason, note, save);
    }
}
