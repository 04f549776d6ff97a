package se.huddinge.delaktighet.proposal.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import se.huddinge.delaktighet.base.ui.FormResult;
import se.huddinge.delaktighet.proposal.ProposalService;
import se.huddinge.delaktighet.base.ui.AppStartsOnInteraction;
import se.huddinge.delaktighet.base.ui.NotForSearchEngines;

/** A supporter proves their e-mail address; the support counts if the period is still open. */
@Route("stod/bekrafta")
@AnonymousAllowed
@NotForSearchEngines
@AppStartsOnInteraction
class ConfirmSupportView extends LinkPage {

    ConfirmSupportView(ProposalService service) {
        super("confirmSupport.title");
        add(new Paragraph(getTranslation("confirmSupport.intro")));
        add(action("confirmSupport.button", out -> {
            var outcome = service.confirmSupport(token);
            var p = outcome.proposal();
            FormResult.replace(out, getTranslation("confirmSupport.done.title"),
                    new Paragraph(getTranslation(outcome.alreadyCounted() ? "confirmSupport.already"
                            : "confirmSupport.done", p.title(), p.supportCount())),
                    new Paragraph(link("forslag/" + p.reference(), getTranslation("confirmSupport.toProposal"))));
        }), result);
    }
}
