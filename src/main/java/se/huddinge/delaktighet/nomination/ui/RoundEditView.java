package se.huddinge.delaktighet.nomination.ui;

import static se.huddinge.delaktighet.nomination.RoundFormField.*;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import se.huddinge.delaktighet.base.form.InvalidInput;
import se.huddinge.delaktighet.base.ui.FieldErrors;
import se.huddinge.delaktighet.base.ui.PortalPage;
import se.huddinge.delaktighet.nomination.PrizeRounds;
import se.huddinge.delaktighet.nomination.RoundForm;
import se.huddinge.delaktighet.nomination.RoundFormField;
import se.huddinge.delaktighet.security.StaffAccountService;
import se.huddinge.delaktighet.security.StaffRole;

/**
 * An administrator sets up a round: the committee's decision on the form, the criteria, the sum and the number of
 * winners, the dates, self-nomination and how long personal data is kept. A change that would invalidate what the
 * round already received is refused at the field.
 */
@Route("admin/pris/omgang")
@RolesAllowed(StaffRole.ADMIN_ROLE)
class RoundEditView extends PortalPage implements HasUrlParameter<Long> {

    static final String PATH = "admin/pris/omgang";

    private final PrizeRounds rounds;
    private final Clock clock;
    private final IntegerField year = new IntegerField();
    private final DatePicker formDecidedOn = new DatePicker();
    private final TextArea formDecision = new TextArea();
    private final TextArea aboutSv = new TextArea();
    private final TextArea aboutEn = new TextArea();
    private final TextArea aboutFi = new TextArea();
    private final CriteriaEditor criteria;
    private final IntegerField prizeSum = new IntegerField();
    private final IntegerField winners = new IntegerField();
    private final DatePicker callAnnouncedOn = new DatePicker();
    private final DateTimePicker opensAt = new DateTimePicker();
    private final DateTimePicker closesAt = new DateTimePicker();
    private final DatePicker awardDay = new DatePicker();
    private final TextField awardPlace = new TextField();
    private final DatePicker scoringDue = new DatePicker();
    private final Checkbox selfNomination = new Checkbox();
    private final IntegerField retention = new IntegerField();
    private final ComboBox<String> chair = new ComboBox<>();
    private final Paragraph roundProblem = new Paragraph();
    private final FieldErrors<RoundFormField> errors;
    private Long id;

    RoundEditView(PrizeRounds rounds, StaffAccountService staff, Clock clock) {
        super("rounds.edit.title");
        this.rounds = rounds;
        this.clock = clock;
        this.criteria = new CriteriaEditor(this);
        label(year, "year");
        label(formDecidedOn, "formDecidedOn");
        label(formDecision, "formDecision");
        label(aboutSv, "aboutSv");
        label(aboutEn, "aboutEn");
        label(aboutFi, "aboutFi");
        aboutFi.setHelperText(getTranslation("rounds.field.aboutFi.help"));
        label(prizeSum, "prizeSum");
        label(winners, "winners");
        label(callAnnouncedOn, "callAnnouncedOn");
        label(opensAt, "opensAt");
        label(closesAt, "closesAt");
        closesAt.setHelperText(getTranslation("rounds.field.closesAt.help"));
        label(awardDay, "awardDay");
        label(awardPlace, "awardPlace");
        label(scoringDue, "scoringDue");
        selfNomination.setLabel(getTranslation("rounds.field.selfNomination"));
        label(retention, "retention");
        retention.setHelperText(getTranslation("rounds.field.retention.help"));
        chair.setLabel(getTranslation("rounds.field.chair"));
        var members = staff.withRole(StaffRole.COMMITTEE);
        chair.setItems(members.stream().map(StaffAccountService.StaffMember::username).toList());
        chair.setItemLabelGenerator(u -> members.stream().filter(m -> m.username().equals(u)).findFirst()
                .map(m -> m.displayName() + " (" + u + ")").orElse(u));
        roundProblem.addClassName("attention");
        roundProblem.setId("round-problem");

        var layout = new FormLayout();
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        layout.setMaxWidth("56rem");
        layout.add(roundProblem, 2);
        layout.add(year, prizeSum);
        layout.add(winners, chair);
        layout.add(formDecidedOn, callAnnouncedOn);
        layout.add(formDecision, 2);
        layout.add(aboutSv, 2);
        layout.add(aboutEn, 2);
        layout.add(aboutFi, 2);
        layout.add(new H2(getTranslation("rounds.criteria")), 2);
        layout.add(criteria, 2);
        layout.add(new H2(getTranslation("rounds.dates")), 2);
        layout.add(opensAt, closesAt);
        layout.add(scoringDue, awardDay);
        layout.add(awardPlace, retention);
        layout.add(selfNomination, 2);
        var save = new Button(getTranslation("rounds.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        layout.add(save, 2);
        add(layout);
        errors = FieldErrors.of(this, RoundFormField.class)
                .at(YEAR, year).at(ABOUT_SV, aboutSv).at(ABOUT_EN, aboutEn).elsewhere(CRITERIA, criteria::showError)
                .at(PRIZE_SUM, prizeSum).at(WINNERS, winners).at(RETENTION, retention).at(OPENS_AT, opensAt)
                .at(CLOSES_AT, closesAt).at(AWARD_DAY, awardDay).at(SCORING_DUE, scoringDue)
                .elsewhere(ROUND, roundProblem::setText)
                .complete();
    }

    private void label(com.vaadin.flow.component.HasLabel field, String name) {
        field.setLabel(getTranslation("rounds.field." + name));
        if (field instanceof com.vaadin.flow.component.HasSize sized && field instanceof TextArea) {
            sized.setWidthFull();
        }
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long parameter) {
        id = parameter;
        show(parameter == null ? rounds.newForm() : rounds.find(parameter).orElseThrow().form(clock.getZone()));
    }

    private void show(RoundForm f) {
        year.setValue(f.year());
        formDecidedOn.setValue(f.formDecidedOn());
        formDecision.setValue(f.formDecision());
        aboutSv.setValue(f.aboutSv());
        aboutEn.setValue(f.aboutEn());
        aboutFi.setValue(f.aboutFi());
        criteria.show(f.criteria());
        prizeSum.setValue(f.prizeSumSek());
        winners.setValue(f.winners());
        callAnnouncedOn.setValue(f.callAnnouncedOn());
        opensAt.setValue(f.opensAt());
        closesAt.setValue(f.closesAt());
        awardDay.setValue(f.awardDay());
        awardPlace.setValue(f.awardPlace());
        scoringDue.setValue(f.scoringDue());
        selfNomination.setValue(f.selfNomination());
        retention.setValue(f.retentionMonths());
        chair.setValue(f.chair() == null || f.chair().isEmpty() ? null : f.chair());
    }

    private void save() {
        errors.clear();
        var form = new RoundForm(id, zero(year.getValue()), formDecidedOn.getValue(), formDecision.getValue(),
                aboutSv.getValue(), aboutEn.getValue(), aboutFi.getValue(), criteria.value(), zero(prizeSum.getValue()),
                zero(winners.getValue()), callAnnouncedOn.getValue(), opensAt.getValue(), closesAt.getValue(),
                awardDay.getValue(), awardPlace.getValue(), scoringDue.getValue(), selfNomination.getValue(),
                zero(retention.getValue()), chair.getValue());
        try {
            var saved = rounds.save(form);
            Notification.show(getTranslation("rounds.saved", saved.year()));
            UI.getCurrent().navigate("admin/pris");
        } catch (InvalidInput e) {
            errors.show(e);
        }
    }

    private static int zero(Integer value) {
        return value == null ? 0 : value;
    }
}
