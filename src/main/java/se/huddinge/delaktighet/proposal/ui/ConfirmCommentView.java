package se.huddinge.delaktighet.proposal.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import se.huddinge.delaktighet.base.ui.FormResult;
import se.huddinge.delaktighet.proposal.Comments;

/** A commenter proves their e-mail address: the comment is shown, or waits for an officer (pre-moderation). */
@Route("kommentar/bekrafta")
@AnonymousAllowed
class ConfirmCommentView extends LinkPage {

    ConfirmCommentView(Comments comments) {
        super("confirmComment.title");
        add(new Paragraph(getTranslation("confirmComment.intro")));
        add(action("confirmComment.button", out -> {
            var outcome = comments.confirm(token);
            FormResult.replace(out, getTranslation("confirmComment.done.title"),
                    new Paragraph(getTranslation(outcome.shown() ? "confirmComment.shown" : "confirmComment.awaiting",
                            outcome.title())),
                    new Paragraph(link("forslag/" + outcome.reference() + "#comments",
                            getTranslation("confirmComment.toProposal"))));
        }), result);
    }
}
