package se.huddinge.delaktighet.reporting;

import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.huddinge.delaktighet.proposal.ProposalRules;
import se.huddinge.delaktighet.proposal.ProposalStatus;
import se.huddinge.delaktighet.reporting.internal.Timestamps;

/**
 * Published proposals as open data: what the public pages show, no personal data (no name, no address, no
 * supporter), in a stable order (by id) a page at a time, for journalists and the municipality's own site.
 */
@Service
public class OpenData {

    public static final int MAX_PAGE_SIZE = 1000;
    private static final String PUBLIC = ProposalStatus.PUBLIC.stream().map(s -> "'" + s.name() + "'")
            .collect(Collectors.joining(", ", "(", ")"));

    /** One published proposal. */
    public record Item(String reference, String title, String text, String district, String category,
                       String categoryName, String status, Instant publishedAt, Instant supportEndsAt, int supports,
                       String committee, String committeeName, String decision, LocalDate meetingDate,
                       Instant decidedAt, long comments, String implementationStatus,
                       LocalDate implementationPlannedDate, String implementationNote) {
    }

    /** A page, with the total and the number of the next page (null on the last). */
    public record Page(int page, int size, long total, Integer nextPage, List<Item> items) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final ProposalRules rules;

    OpenData(NamedParameterJdbcTemplate jdbc, ProposalRules rules) {
        this.jdbc = jdbc;
        this.rules = rules;
    }

    @Transactional(readOnly = true)
    public Page page(int page, int size) {
        int p = Math.max(0, page);
        int s = Math.clamp(size, 1, MAX_PAGE_SIZE);
        Long total = jdbc.queryForObject("select count(*) from proposal where status in " + PUBLIC,
                new MapSqlParameterSource(), Long.class);
        var items = jdbc.query("select reference, title, body, district, category, proposal.status, published_at, "
                + "support_ends_at, support_count, committee, decision, meeting_date, decided_at, "
                // the comments shown (replies included): a count, never a name (DD28)
                + "(select count(*) from comment c where c.proposal_id = proposal.id and c.status = 'SHOWN') "
                + "as comments, "
                // what became of an approved proposal (DD29): its status, planned date and latest public note
                + "i.status as implementation_status, i.planned_date as implementation_planned_date, (select u.note "
                + "from implementation_update u where u.proposal_id = proposal.id and u.note is not null order by "
                + "u.at desc, u.id desc limit 1) as implementation_note from proposal "
                // the page's ids first, from an index, then only those rows: a deep page reads no skipped rows
                + "join (select id as page_id from proposal where status in " + PUBLIC + " order by id "
                + "limit :limit offset :offset) k on k.page_id = proposal.id "
                + "left join proposal_implementation i on i.proposal_id = proposal.id order by proposal.id",
                new MapSqlParameterSource("limit", s).addValue("offset", (long) p * s), (rs, n) -> new Item(
                        rs.getString("reference"), rs.getString("title"), rs.getString("body"),
                        rs.getString("district"), rs.getString("category"),
                        rules.category(rs.getString("category")).map(c -> c.name(Locale.of("sv"))).orElse(null),
                        rs.getString("status"), Timestamps.instant(rs, "published_at"),
                        Timestamps.instant(rs, "support_ends_at"), rs.getInt("support_count"),
                        rs.getString("committee"),
                        rules.committee(rs.getString("committee")).map(c -> c.name(Locale.of("sv"))).orElse(null),
                        rs.getString("decision"), rs.getObject("meeting_date", LocalDate.class),
                        Timestamps.instant(rs, "decided_at"), rs.getLong("comments"),
                        rs.getString("implementation_status"),
                        rs.getObject("implementation_planned_date", LocalDate.class),
                        rs.getString("implementation_note")));
        long t = total == null ? 0 : total;
        // in long arithmetic: the highest page number has no next one
        return new Page(p, s, t, (p + 1L) * s < t ? Integer.valueOf(p + 1) : null, items);
    }

    /** The same page as CSV (UTF-8 with BOM, formulas neutralised), with the field names as header. */
    @Transactional(readOnly = true)
    public void csv(int page, int size, OutputStream out) {
        try (var csv = new Csv(out, "reference", "title", "text", "district", "category", "categoryName", "status",
                "publishedAt", "supportEndsAt", "supports", "committee", "committeeName", "decision", "meetingDate",
                "decidedAt", "comments", "implementationStatus", "implementationPlannedDate", "implementationNote")) {
            for (Item i : page(page, size).items()) {
                csv.row(i.reference(), i.title(), i.text(), i.district(), i.category(), i.categoryName(), i.status(),
                        i.publishedAt(), i.supportEndsAt(), i.supports(), i.committee(), i.committeeName(),
                        i.decision(), i.meetingDate(), i.decidedAt(), i.comments(), i.implementationStatus(),
                        i.implementationPlannedDate(), i.implementationNote());
            }
        }
    }
}
