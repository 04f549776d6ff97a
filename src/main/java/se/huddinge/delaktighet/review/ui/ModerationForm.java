package se.huddinge.delaktighet.review.ui;

import static se.huddinge.delaktighet.proposal.RejectionFormField.*;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import se.huddinge.delaktighet.base.i18n.Dates;
import se.huddinge.delaktighet.base.ui.FieldErrors;
import se.huddinge.delaktighet.proposal.CaseFile;
import se.huddinge.delaktighet.proposal.ProposalCaseService;
import se.huddinge.delaktighet.proposal.ProposalRules;
import se.huddinge.delaktighet.proposal.RejectionFormField;

/** Moderation: publish, or not on a standard ground (with the earlier proposal when the ground needs one). */
class ModerationForm extends StepForm<ModerationForm.Rejection> {

    /** Not publishing, as the form holds it; components named as the service's fields. */
    public record Rejection(ProposalRules.Ground ground, CaseFile similarTo, String note) {
    }

    ModerationForm(CaseFile p, ProposalCaseService cases, ProposalRules rules, Outcome outcome) {
        super(Rejection.class, outcome);
        var publish = new Button(getTranslation("case.publish"));
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(e -> run(() -> cases.publish(p.id(), p.version())));

        var ground = new Select<ProposalRules.Ground>();
        ground.setLabel(getTranslation("case.ground"));
        ground.setItems(rules.grounds());
        ground.setItemLabelGenerator(g -> g.name(getLocale()));
        var explanation = new Paragraph();
        explanation.setId("ground-explanation");
        var similar = new ComboBox<CaseFile>(getTranslation("case.similarTo"));
        similar.setItems(cases.recentForSimilarity(p.id()));
        similar.setItemLabelGenerator(s -> s.reference() + " " + s.title());
        similar.setVisible(false);
        similar.setWidth("32rem");
        ground.addValueChangeListener(e -> {
            var g = e.getValue();
            explanation.setText(g == null ? "" : g.explanation(getLocale()) + " " + g.turnTo(getLocale()));
            similar.setVisible(g != null && g.linksEarlier());
        });
        var note = new TextArea(getTranslation("case.note.personal"));
        note.setHelperText(getTranslation("case.note.personal.help"));
        note.setWidth("32rem");

        binder.forField(ground).bind("ground");
        binder.forField(similar).bind("similarTo");
        binder.forField(note).bind("note");
        errors(FieldErrors.of(this, RejectionFormField.class).at(GROUND, ground).at(SIMILAR_TO, similar)
                .at(NOTE, note, rules.groundNoteMax()).complete());

        var reject = new Button(getTranslation("case.reject"));
        reject.addClickListener(e -> submit(r -> cases.reject(p.id(), p.version(), r.ground() == null ? null : r.ground().code(), r.note(),
                r.similarTo() == null ? null : r.similarTo().id())));
        var due = p.moderationDue() == null ? "" : getTranslation("case.moderationDue",
                Dates.longDate(p.moderationDue(), getLocale()));
        add(new H2(getTranslation("case.moderate")), new Paragraph(due), publish,
                new H2(getTranslation("case.notPublish")), ground, explanation, similar, note, reject);
    }
}
