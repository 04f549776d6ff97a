package se.huddinge.delaktighet.proposal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.huddinge.delaktighet.base.StaffQueue;
import se.huddinge.delaktighet.security.SignedIn;

/** The overview's card "comments to review": for officers and administrators, one count; 0 for others. */
@Component
class CommentsToReview implements StaffQueue {

    private final JdbcTemplate jdbc;
    private final SignedIn signedIn;

    CommentsToReview(JdbcTemplate jdbc, SignedIn signedIn) {
        this.jdbc = jdbc;
        this.signedIn = signedIn;
    }

    @Override
    public String labelKey() {
        return "review.queue.comments";
    }

    @Override
    public long count() {
        if (!signedIn.actsOnCases()) {
            return 0;
        }
        return jdbc.queryForObject("select count(*) from comment where needs_review = true", Long.class);
    }

    @Override
    public String path() {
        return "granskning/kommentarer";
    }
}
