package se.huddinge.delaktighet.proposal.ui;

import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import se.huddinge.delaktighet.proposal.CommentSubscriptions;

/** The one-click stop link of the author's daily letter of new comments ({@link StopCommentLettersView}). */
@Route("kommentar/sluta-sammanfattning")
@AnonymousAllowed
class StopCommentDigestView extends StopCommentLettersView {

    StopCommentDigestView(CommentSubscriptions comments) {
        super(comments);
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        this.token = parameter == null ? "" : parameter;
        stop(() -> comments.stopDigest(token), "stopComments.digest");
    }
}
