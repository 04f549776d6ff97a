package se.huddinge.delaktighet.proposal.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import se.huddinge.delaktighet.base.ui.FormResult;
import se.huddinge.delaktighet.proposal.ProposalFollows;

/** A resident proves their address and follows the proposal (DD29); nothing is counted. */
@Route("folj/bekrafta")
@AnonymousAllowed
class ConfirmFollowView extends LinkPage {

    ConfirmFollowView(ProposalFollows follows) {
        super("confirmFollow.title");
        add(new Paragraph(getTranslation("confirmFollow.intro")));
        add(action("confirmFollow.button", out -> {
            var outcome = follows.confirm(token);
            FormResult.replace(out, getTranslation("confirmFollow.done.title"),
                    new Paragraph(getTranslation(outcome.already() ? "confirmFollow.already" : "confirmFollow.done",
                            outcome.title())),
                    new Paragraph(link("forslag/" + outcome.reference(), getTranslation("confirmSupport.toProposal"))));
        }), result);
    }
}
