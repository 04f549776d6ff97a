package se.huddinge.delaktighet.proposal.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import se.huddinge.delaktighet.base.ui.FormResult;
import se.huddinge.delaktighet.proposal.ProposalFollows;

/**
 * The stop link in a follower's letter (DD29): one click stops the letters and forgets the address. The click is a
 * button on the page, so a mail scanner that opens the link stops nothing.
 */
@Route("folj/sluta")
@AnonymousAllowed
class StopFollowingView extends LinkPage {

    StopFollowingView(ProposalFollows follows) {
        super("stopFollowing.title");
        add(new Paragraph(getTranslation("stopFollowing.intro")));
        add(action("stopFollowing.button", out -> {
            var outcome = follows.stop(token);
            FormResult.replace(out, getTranslation("stopFollowing.done.title"),
                    new Paragraph(getTranslation(outcome.already() ? "stopFollowing.already" : "stopFollowing.done",
                            outcome.title())),
                    new Paragraph(link("forslag/" + outcome.reference(), getTranslation("confirmSupport.toProposal"))));
        }), result);
    }
}
