package se.huddinge.delaktighet.proposal;

import java.time.Instant;
import se.huddinge.delaktighet.base.LinkRef;

/** The domain events of comments (DD28); the notification module turns them into letters. */
public final class CommentEvents {

    private CommentEvents() {
    }

    /** A resident wrote a comment: they get the link that proves their address. */
    public record CommentRequested(long commentId, long proposalId, LinkRef confirmLink) {
    }

    /**
     * A reply became visible under a comment whose writer asked to hear about replies: they get a letter with a link
     * that stops such letters.
     */
    public record CommentReplyShown(long replyId, long parentId, long proposalId, LinkRef stopLink) {
    }

    /** An officer removed a comment on a ground: its writer is told why and where to turn. */
    public record CommentRemoved(long commentId, long proposalId) {
    }

    /** The author's daily letter of the comments shown in [{@code from}, {@code until}), with its stop link. */
    public record CommentDigestDue(long proposalId, Instant from, Instant until, LinkRef stopLink) {
    }
}
