package se.huddinge.delaktighet.review.ui;

import static se.huddinge.delaktighet.proposal.DecisionFormField.*;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import se.huddinge.delaktighet.base.i18n.Dates;
import se.huddinge.delaktighet.base.ui.FieldErrors;
import se.huddinge.delaktighet.proposal.CaseFile;
import se.huddinge.delaktighet.proposal.Decision;
import se.huddinge.delaktighet.proposal.DecisionFormField;
import se.huddinge.delaktighet.proposal.ProposalCaseService;
import se.huddinge.delaktighet.proposal.ProposalRules;

/** The committee's decision: the outcome, its motivation, the meeting and where the minutes are. */
class DecisionForm extends StepForm<DecisionForm.DecisionEntry> {

    /** The decision as the form holds it; components named as the service's fields. */
    public record DecisionEntry(Decision decision, String motivation, LocalDate meetingDate, String minutesRef) {
    }

    DecisionForm(CaseFile p, ProposalCaseService cases, ProposalRules rules, Outcome outcome) {
        super(DecisionEntry.class, outcome);
        var decision = new RadioButtonGroup<Decision>(getTranslation("case.decision"));
        decision.setItems(Decision.values());
        decision.setItemLabelGenerator(d -> getTranslation("proposal.decision." + d.name()));
        var motivation = new TextArea(getTranslation("case.motivation"));
        motivation.setWidth("32rem");
        var meeting = new DatePicker(getTranslation("case.meetingDate"));
        meeting.setLocale(getLocale());
        var minutes = new TextField(getTranslation("case.minutesRef"));
        minutes.setHelperText(getTranslation("case.minutesRef.help"));
        minutes.setWidth("32rem");

        binder.forField(decision).bind("decision");
        binder.forField(motivation).bind("motivation");
        binder.forField(meeting).bind("meetingDate");
        binder.forField(minutes).bind("minutesRef");
        errors(FieldErrors.of(this, DecisionFormField.class).at(DECISION, decision)
                .at(MOTIVATION, motivation, rules.motivationMax()).at(MEETING_DATE, meeting)
                .at(MINUTES_REF, minutes, rules.minutesRefMax()).complete());

        var save = new Button(getTranslation("case.decide"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> submit(d -> cases.decide(p.id(), p.version(), d.decision(), d.motivation(),
                d.meetingDate(), d.minutesRef())));
        var due = p.decisionDue() == null ? "" : getTranslation("proposal.decisionDue",
                Dates.longDate(p.decisionDue(), getLocale()));
        add(new H2(getTranslation("case.decideTitle")), new Paragraph(due), decision, motivation, meeting, minutes,
                save);
    }
}
