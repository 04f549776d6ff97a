package se.huddinge.delaktighet.proposal.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import se.huddinge.delaktighet.base.ui.FormResult;
import se.huddinge.delaktighet.proposal.CommentSubscriptions;
import se.huddinge.delaktighet.proposal.ProposalException;

/**
 * The one-click stop link of the letters about comments: following it stops them, with no further step. A link in a
 * reply letter ({@code kommentar/sluta/}) stops the letters about replies to that comment; one in the author's daily
 * letter ({@code kommentar/sluta-sammanfattning/}) stops that letter. The page is built only when a browser runs
 * it, so a mail scanner that fetches the address stops nothing.
 */
@Route("kommentar/sluta")
@AnonymousAllowed
class StopCommentLettersView extends LinkPage {

    protected final CommentSubscriptions comments;

    StopCommentLettersView(CommentSubscriptions comments) {
        super("stopComments.title");
        this.comments = comments;
        add(result);
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        super.setParameter(event, parameter);
        stop(() -> comments.stopReplyLetters(token), "stopComments.replies");
    }

    void stop(java.util.function.Supplier<String> action, String doneKey) {
        try {
            String title = action.get();
            FormResult.replace(result, getTranslation("stopComments.done.title"),
                    new Paragraph(getTranslation(doneKey, title)));
        } catch (ProposalException e) {
            FormResult.replace(result, getTranslation("link.failed.title"),
                    new Paragraph(getTranslation("proposal.error." + e.reason().name())));
        }
    }
}
