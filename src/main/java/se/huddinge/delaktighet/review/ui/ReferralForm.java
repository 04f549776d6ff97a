package se.huddinge.delaktighet.review.ui;

import static se.huddinge.delaktighet.proposal.ReferralFormField.*;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import se.huddinge.delaktighet.base.i18n.Dates;
import se.huddinge.delaktighet.base.ui.FieldErrors;
import se.huddinge.delaktighet.proposal.CaseFile;
import se.huddinge.delaktighet.proposal.ProposalCaseService;
import se.huddinge.delaktighet.proposal.ProposalRules;
import se.huddinge.delaktighet.proposal.ReferralFormField;

/** Referral to the committee responsible, with the case number it has there. */
class ReferralForm extends StepForm<ReferralForm.Referral> {

    /** The referral as the form holds it; components named as the service's fields. */
    public record Referral(ProposalRules.Named committee, String caseNumber) {
    }

    ReferralForm(CaseFile p, ProposalCaseService cases, ProposalRules rules, Outcome outcome) {
        super(Referral.class, outcome);
        var committee = new Select<ProposalRules.Named>();
        committee.setLabel(getTranslation("case.committee"));
        committee.setItems(rules.committees());
        committee.setItemLabelGenerator(c -> c.name(getLocale()));
        committee.setWidth("32rem");
        var caseNumber = new TextField(getTranslation("case.caseNumber"));
        caseNumber.setHelperText(getTranslation("case.caseNumber.help"));

        binder.forField(committee).bind("committee");
        binder.forField(caseNumber).bind("caseNumber");
        errors(FieldErrors.of(this, ReferralFormField.class).at(COMMITTEE, committee)
                .at(CASE_NUMBER, caseNumber, rules.caseNumberMax()).complete());

        var refer = new Button(getTranslation("case.refer"));
        refer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        refer.addClickListener(e -> submit(r -> cases.refer(p.id(), p.version(),
                r.committee() == null ? null : r.committee().code(),
                r.caseNumber())));
        var due = p.referralDue() == null ? "" : getTranslation("proposal.referralDue",
                Dates.longDate(p.referralDue(), getLocale()));
        add(new H2(getTranslation("case.referTitle")), new Paragraph(due), committee, caseNumber, refer);
    }
}
