package se.huddinge.delaktighet.nomination.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import se.huddinge.delaktighet.base.form.InvalidInput;
import se.huddinge.delaktighet.base.ui.FieldErrors;
import se.huddinge.delaktighet.base.ui.PortalPage;
import se.huddinge.delaktighet.nomination.PrizeDecisionFormField;
import se.huddinge.delaktighet.nomination.PrizeDecisions;
import se.huddinge.delaktighet.nomination.PrizeReview;
import se.huddinge.delaktighet.nomination.RoundFacts;
import se.huddinge.delaktighet.nomination.PrizeRounds;
import se.huddinge.delaktighet.security.StaffRole;

/**
 * The chair (or an administrator) records the committee's decision: the winners from the ranking, a citation for
 * each, the meeting and its minutes, and the day the winners are announced.
 */
@Route("granskning/pris/beslut")
@RolesAllowed({StaffRole.COMMITTEE_ROLE, StaffRole.ADMIN_ROLE})
class PrizeDecisionView extends PortalPage implements HasUrlParameter<Long> {

    private final PrizeRounds rounds;
    private final PrizeReview review;
    private final PrizeDecisions decisions;
    private final Div content = new Div();
    private final Paragraph problem = new Paragraph();
    private final Map<Long, Checkbox> chosen = new LinkedHashMap<>();
    private final Map<Long, TextArea> citations = new LinkedHashMap<>();
    private final DatePicker meetingDate = new DatePicker();
    private final TextField minutesRef = new TextField();
    private final DatePicker announceOn = new DatePicker();
    private RoundFacts round;
    private FieldErrors<PrizeDecisionFormField> errors;

    PrizeDecisionView(PrizeRounds rounds, PrizeReview review, PrizeDecisions decisions) {
        super("decision.title");
        this.rounds = rounds;
        this.review = review;
        this.decisions = decisions;
        problem.setId("decision-problem");
        problem.addClassName("attention");
        problem.getElement().setAttribute("role", "alert");
        add(problem, content);
    }

    @Override
    public void setParameter(BeforeEvent event, Long roundId) {
        round = rounds.find(roundId).orElseThrow();
        content.add(new H2(getTranslation("prize.round", round.year())));
        if (!decisions.mayDecide(round)) {
            content.add(new Paragraph(getTranslation("decision.notChair")));
            return;
        }
        content.add(new Paragraph(getTranslation("decision.intro", round.winners())));
        for (var rank : review.ranking(round.id(), 0, Math.max(1, review.count(round.id())))) {
            var box = new Checkbox(rank.reference() + " " + rank.nomineeName() + (rank.mean() == null ? ""
                    : " (" + getTranslation("decision.mean", String.format(getLocale(), "%.1f", rank.mean())) + ")"));
            var citation = new TextArea(getTranslation("decision.citation", rank.nomineeName()));
            citation.setWidthFull();
            citation.setHelperText(getTranslation("decision.citation.help"));
            chosen.put(rank.id(), box);
            citations.put(rank.id(), citation);
            content.add(new Div(box), citation);
        }
        meetingDate.setLabel(getTranslation("decision.meetingDate"));
        minutesRef.setLabel(getTranslation("decision.minutesRef"));
        announceOn.setLabel(getTranslation("decision.announceOn"));
        announceOn.setHelperText(getTranslation("decision.announceOn.help"));
        announceOn.setValue(round.awardDay());
        var save = new Button(getTranslation("decision.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        content.add(meetingDate, minutesRef, announceOn, new Div(save));
        errors = FieldErrors.of(this, PrizeDecisionFormField.class)
                .elsewhere(PrizeDecisionFormField.ROUND, problem::setText)
                .elsewhere(PrizeDecisionFormField.WINNERS, problem::setText, round.winners())
                .atEach(PrizeDecisionFormField.CITATION, citations)
                .at(PrizeDecisionFormField.MEETING_DATE, meetingDate)
                .at(PrizeDecisionFormField.MINUTES_REF, minutesRef)
                .at(PrizeDecisionFormField.ANNOUNCE_ON, announceOn)
                .complete();
    }

    private void save() {
        errors.clear();
        var winners = new ArrayList<PrizeDecisions.Winner>();
        chosen.forEach((id, box) -> {
            if (box.getValue()) {
                winners.add(new PrizeDecisions.Winner(id, citations.get(id).getValue()));
            }
        });
        try {
            decisions.decide(round.id(), new PrizeDecisions.DecisionForm(winners, meetingDate.getValue(),
                    minutesRef.getValue(), announceOn.getValue()));
            Notification.show(getTranslation("decision.saved"));
            UI.getCurrent().navigate("granskning/pris/" + round.id());
        } catch (InvalidInput e) {
            errors.show(e);
        }
    }
}
