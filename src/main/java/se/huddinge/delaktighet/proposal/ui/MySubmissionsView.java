package se.huddinge.delaktighet.proposal.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import se.huddinge.delaktighet.base.form.InvalidInput;
import se.huddinge.delaktighet.base.i18n.Dates;
import se.huddinge.delaktighet.base.i18n.Texts;
import se.huddinge.delaktighet.base.ui.AppStartsOnInteraction;
import se.huddinge.delaktighet.base.ui.FieldErrors;
import se.huddinge.delaktighet.base.ui.FormCopy;
import se.huddinge.delaktighet.base.ui.FormResult;
import se.huddinge.delaktighet.base.ui.PortalPage;
import se.huddinge.delaktighet.base.ui.StaticHtml;
import se.huddinge.delaktighet.proposal.AddressFormField;
import se.huddinge.delaktighet.proposal.MySubmissionsService;
import se.huddinge.delaktighet.proposal.ProposalRules;
import se.huddinge.delaktighet.security.FloodGuard;
import se.huddinge.delaktighet.security.Honeypot;

/**
 * "Mina inskick": a resident writes their e-mail address and gets a one-time link to what they submitted or
 * supported. The answer is the same whether or not the address has sent anything. The page's first HTML draws the
 * form ({@link #copy}) and the app starts on the first interaction with it (DD49).
 */
@Route("mina-inskick")
@AnonymousAllowed
@AppStartsOnInteraction
class MySubmissionsView extends PortalPage {

    private static final String EMAIL_WIDTH = "24rem";

    private final MySubmissionsService service;
    private final ProposalRules rules;
    private final Clock clock;
    private final FloodGuard floods;
    private final Honeypot honeypot = new Honeypot("mine-hp");
    private final EmailField email = new EmailField();
    private final Div form = new Div();
    private final Div result = new Div();

    MySubmissionsView(MySubmissionsService service, ProposalRules rules, Clock clock, FloodGuard floods) {
        super("mine.title");
        this.floods = floods;
        this.service = service;
        this.rules = rules;
        this.clock = clock;
        add(new Paragraph(getTranslation("mine.intro")));
        MySubmissionsListView.visit().ifPresent(visit -> {
            var open = new Anchor("mina-inskick/lista", getTranslation("mine.visit.link"));
            open.getElement().setAttribute("router-link", true);
            add(new Paragraph(new Text(getTranslation("mine.visit") + " "), open));
        });

        email.setId("mine-email");
        email.setLabel(getTranslation("mine.email"));
        email.setHelperText(getTranslation("mine.email.help"));
        email.setRequiredIndicatorVisible(true);
        email.setWidth(EMAIL_WIDTH);
        email.setMaxWidth("100%");
        var send = new Button(getTranslation("mine.send"), e -> send());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("mine-send");
        form.add(email, honeypot, send);
        form.addClassName("support-form");
        form.setId("my-submissions-form");
        result.setId("my-submissions-result");
        result.getElement().setAttribute("role", "status");
        add(form, result);
    }

    /** The form as this view draws it, for the page's first HTML (a visitor's earlier link is the app's to tell). */
    static StaticHtml copy(Texts t) {
        return StaticHtml.start("div", "class", "support-form")
                .append(FormCopy.start(EMAIL_WIDTH).text("mine-email", "email", t.get("mine.email"),
                        t.get("mine.email.help"), true, 0, true).done())
                .append(FormCopy.withoutScript(t))
                .append(FormCopy.drawnButton("mine-send", t.get("mine.send"), true))
                .close("div");
    }

    private void send() {
        email.setInvalid(false);
        var verdict = floods.check(FloodGuard.PublicForm.MY_SUBMISSIONS, honeypot);
        if (verdict == FloodGuard.Verdict.TOO_MANY) {
            refuse(getTranslation(FloodGuard.TOO_MANY_KEY, floods.waitMinutes(FloodGuard.PublicForm.MY_SUBMISSIONS)));
            return;
        }
        try {
            if (verdict == FloodGuard.Verdict.SEND) {
                service.requestLink(email.getValue(), getLocale());
            }
        } catch (InvalidInput e) {
            FieldErrors.of(this, AddressFormField.class).at(AddressFormField.EMAIL, email).complete().show(e);
            return;
        } catch (MySubmissionsService.TooManyRequests e) {
            refuse(getTranslation("mine.tooMany", e.max(), rules.mySubmissionsWindow().toHours(),
                    Dates.dateTime(e.retryAt().atZone(clock.getZone()), getLocale())));
            return;
        }
        remove(form);
        FormResult.replace(result, getTranslation("mine.sent.title"), new Paragraph(getTranslation("mine.sent",
                email.getValue().strip(), rules.mySubmissionsLinkValidity().toHours())),
                new Paragraph(getTranslation("mine.spam")));
    }

    private void refuse(String message) {
        email.setErrorMessage(message);
        email.setInvalid(true);
        email.focus();
    }
}
