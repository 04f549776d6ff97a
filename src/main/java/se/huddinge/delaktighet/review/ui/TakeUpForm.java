package se.huddinge.delaktighet.review.ui;

import static se.huddinge.delaktighet.proposal.TakeUpFormField.*;


import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import se.huddinge.delaktighet.base.i18n.Dates;
import se.huddinge.delaktighet.base.ui.FieldErrors;
import se.huddinge.delaktighet.proposal.CaseFile;
import se.huddinge.delaktighet.proposal.ProposalTakeUps;
import se.huddinge.delaktighet.proposal.TakeUpFormField;
import se.huddinge.delaktighet.proposal.TakenUp;

/**
 * Below the threshold is not the end: a committee member or an officer records that a politician took the proposal
 * up (who, which body, a case number or a note, the date). Shows the earlier times it was taken up. The service
 * checks the fields ({@code ProposalTakeUps.check}); the letters follow by themselves.
 */
class TakeUpForm extends StepForm<TakenUp.Form> {

    TakeUpForm(CaseFile p, ProposalTakeUps takeUps, Outcome outcome) {
        super(TakenUp.Form.class, outcome);
        setId("take-up");
        add(new H2(getTranslation("case.takeUp.title")));
        var earlier = takeUps.of(p.id());
        if (!earlier.isEmpty()) {
            var list = new UnorderedList();
            list.setId("taken-up");
            for (var t : earlier) {
                list.add(new ListItem(Dates.longDate(t.takenUpOn(), getLocale()) + ": "
                        + getTranslation("takenUp.step", t.takenUpBy(), t.body())
                        + (t.caseRef() == null ? "" : " " + getTranslation("takenUp.case", t.caseRef()))));
            }
            add(list);
        }
        add(new Paragraph(getTranslation("case.takeUp.intro")));
        var by = new TextField(getTranslation("case.takenUpBy"));
        by.setHelperText(getTranslation("case.takenUpBy.help"));
        var body = new TextField(getTranslation("case.takenUpBody"));
        body.setHelperText(getTranslation("case.takenUpBody.help"));
        var caseRef = new TextField(getTranslation("case.takenUpCase"));
        caseRef.setHelperText(getTranslation("case.takenUpCase.help"));
        var note = new TextArea(getTranslation("case.takenUpNote"));
        note.setHelperText(getTranslation("case.takenUpNote.help"));
        var on = new DatePicker(getTranslation("case.takenUpOn"));
        on.setLocale(getLocale());
        for (var field : new TextField[]{by, body, caseRef}) {
            field.setWidth("32rem");
        }
        note.setWidth("32rem");
        binder.forField(by).bind("takenUpBy");
        binder.forField(body).bind("takenUpBody");
        binder.forField(caseRef).bind("takenUpCase");
        binder.forField(note).bind("takenUpNote");
        binder.forField(on).bind("takenUpOn");
        errors(FieldErrors.of(this, TakeUpFormField.class).at(TAKEN_UP_BY, by, TakenUp.NAME_MAX)
                .at(TAKEN_UP_BODY, body, TakenUp.NAME_MAX).at(TAKEN_UP_CASE, caseRef, TakenUp.CASE_MAX)
                .at(TAKEN_UP_NOTE, note, TakenUp.NOTE_MAX).at(TAKEN_UP_ON, on).complete());
        var save = new Button(getTranslation("case.takeUp.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> submit(form -> takeUps.record(p.id(), form)));
        add(by, body, caseRef, note, on, save);
    }
}
