package se.huddinge.delaktighet.nomination.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import se.huddinge.delaktighet.base.i18n.Dates;
import se.huddinge.delaktighet.base.ui.FormResult;
import se.huddinge.delaktighet.base.ui.PortalPage;
import se.huddinge.delaktighet.nomination.NominationException;
import se.huddinge.delaktighet.nomination.NominationService;
import se.huddinge.delaktighet.base.ui.AppStartsOnInteraction;
import se.huddinge.delaktighet.base.ui.NotForSearchEngines;

/**
 * The nominator proves their address with the e-mailed link. The link is used on a click, not when the page opens
 * (mail scanners open links), and the deadline is checked at that click.
 */
@Route("demokratipriset/bekrafta")
@AnonymousAllowed
@NotForSearchEngines
@AppStartsOnInteraction
class ConfirmNominationView extends PortalPage implements HasUrlParameter<String> {

    /** The id of the page's button: the first HTML draws it (DD49). */
    static final String ACTION = "confirm-action";

    private final Div result = new Div();
    private String token = "";

    ConfirmNominationView(NominationService service, Clock clock) {
        super("nominate.confirm.title");
        result.setId("confirm-result");
        result.getElement().setAttribute("role", "status");
        var button = new Button(getTranslation("nominate.confirm.button"));
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.setId(ACTION);
        button.addClickListener(e -> {
            result.removeAll();
            H2 heading;
            try {
                var outcome = service.confirm(token);
                String closes = Dates.dateTime(outcome.closesAt().atZone(clock.getZone()), getLocale());
                if (outcome.counted()) {
                    heading = new H2(getTranslation("nominate.confirm.done", outcome.reference()));
                    result.add(heading, new Paragraph(getTranslation("nominate.confirm.next", outcome.nomineeName(),
                            outcome.year(), closes)));
                } else {
                    heading = new H2(getTranslation("nominate.confirm.tooLate.title"));
                    result.add(heading, new Paragraph(getTranslation("nominate.confirm.tooLate", closes)));
                    result.addClassName("attention");
                }
            } catch (NominationException ex) {
                heading = new H2(getTranslation("nominate.confirm." + ex.reason().name()));
                result.add(heading);
                result.addClassName("attention");
            }
            button.setVisible(false);
            FormResult.focus(heading);
        });
        add(new Paragraph(getTranslation("nominate.confirm.intro")), button, result);
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        token = parameter == null ? "" : parameter;
    }
}
