package se.huddinge.delaktighet.proposal.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import se.huddinge.delaktighet.base.i18n.Dates;
import se.huddinge.delaktighet.base.ui.FormResult;
import se.huddinge.delaktighet.proposal.ProposalService;
import se.huddinge.delaktighet.base.ui.AppStartsOnInteraction;
import se.huddinge.delaktighet.base.ui.NotForSearchEngines;

/** The author proves their e-mail address: the proposal gets its number and goes to moderation. */
@Route("forslag/bekrafta")
@AnonymousAllowed
@NotForSearchEngines
@AppStartsOnInteraction
class ConfirmProposalView extends LinkPage {

    ConfirmProposalView(ProposalService service) {
        super("confirm.title");
        add(new Paragraph(getTranslation("confirm.intro")));
        add(action("confirm.button", out -> {
            var p = service.confirm(token);
            FormResult.replace(out, getTranslation("confirm.done.title"),
                    new Paragraph(getTranslation("confirm.done", p.reference())),
                    new Paragraph(getTranslation("confirm.next", Dates.longDate(p.moderationDue(), getLocale()))));
        }), result);
    }
}
