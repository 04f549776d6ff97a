package se.huddinge.delaktighet.proposal;

import static se.huddinge.delaktighet.proposal.CommentCommon.who;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A proposal's comments as anyone reads them (DD28): a page of threads in one query, and the count. Never an address.
 */
@Service
public class CommentThreads {

    /** Who wrote a comment, as the thread marks it. */
    public enum Who { RESIDENT, AUTHOR, STAFF }

    /**
     * A comment as anyone sees it. The text is null when the comment is hidden or removed (the thread says why);
     * {@code name} is the writer's display name, or the unit's on a staff reply.
     */
    public record PublicComment(long id, Long parentId, CommentStatus status, String text, String name, Who who,
                                String ground, Instant at) {
    }

    /** A comment and its replies, oldest first. */
    public record Thread(PublicComment comment, List<PublicComment> replies) {
    }

    /** One page of a proposal's threads, and how many threads there are in all. */
    public record Page(int page, int pages, long threads, List<Thread> items) {
    }

    private static final String IN_THREAD_SQL = "('SHOWN', 'HIDDEN', 'REMOVED')";

    private final CommentRules rules;
    private final JdbcTemplate jdbc;

    CommentThreads(CommentRules rules, JdbcTemplate jdbc) {
        this.rules = rules;
        this.jdbc = jdbc;
    }

    /**
     * One page (from 0) of a proposal's threads, oldest first, each with its replies: one query, whatever the page and
     * however many comments the proposal has.
     */
    @Transactional(readOnly = true)
    public Page page(long proposalId, int page) {
        int size = rules.pageSize();
        int p = Math.max(0, page);
        var rows = jdbc.query("""
                with t as (select id, count(*) over () as threads from comment
                           where proposal_id = ? and parent_id is null and status in %1$s
                           order by id limit ? offset ?)
                select c.id, c.parent_id, c.status, c.body, c.display_name, c.by_author, c.staff_unit, c.ground,
                       c.shown_at, t.threads, t.id as thread from t join comment c on c.id = t.id
                union all
                select c.id, c.parent_id, c.status, c.body, c.display_name, c.by_author, c.staff_unit, c.ground,
                       c.shown_at, t.threads, t.id as thread from t join comment c on c.parent_id = t.id
                       and c.status in %1$s
                order by thread, parent_id is not null, id""".formatted(IN_THREAD_SQL),
                (rs, n) -> Map.entry(rs.getLong("threads"), new PublicComment(rs.getLong("id"),
                        (Long) rs.getObject("parent_id", Long.class), CommentStatus.valueOf(rs.getString("status")),
                        rs.getString("body"), rs.getString("display_name"), who(rs.getBoolean("by_author"),
                        rs.getString("staff_unit")), rs.getString("ground"), instant(rs.getTimestamp("shown_at")))),
                proposalId, size, (long) p * size);
        if (rows.isEmpty() && p > 0) {
            return page(proposalId, 0);
        }
        long threads = rows.isEmpty() ? 0 : rows.getFirst().getKey();
        var byThread = new LinkedHashMap<Long, Thread>();
        for (var row : rows) {
            var c = visible(row.getValue());
            if (c.parentId() == null) {
                byThread.put(c.id(), new Thread(c, new ArrayList<>()));
            } else {
                byThread.get(c.parentId()).replies().add(c);
            }
        }
        int pages = (int) Math.max(1, (threads + size - 1) / size);
        return new Page(p, pages, threads, List.copyOf(byThread.values()));
    }

    /** How many comments a proposal shows (replies included). */
    @Transactional(readOnly = true)
    public long count(long proposalId) {
        return jdbc.queryForObject("select count(*) from comment where proposal_id = ? and status = 'SHOWN'",
                Long.class, proposalId);
    }

    private static PublicComment visible(PublicComment c) {
        return c.status() == CommentStatus.SHOWN ? c : new PublicComment(c.id(), c.parentId(), c.status(), null,
                null, c.who(), c.status() == CommentStatus.REMOVED ? c.ground() : null, c.at());
    }

    private static Instant instant(java.sql.Timestamp t) {
        return t == null ? null : t.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
}
