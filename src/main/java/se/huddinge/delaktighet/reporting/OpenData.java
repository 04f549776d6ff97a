package se.huddinge.delaktighet.reporting;

import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.huddinge.delaktighet.base.Channel;
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
                       LocalDate implementationPlannedDate, String implementationNote, String channel,
                       String language, Map<String, Long> supportsByChannel, Map<String, Long> supportsByLanguage) {

        Item withSupports(Map<String, Long> byChannel, Map<String, Long> byLanguage) {
            return new Item(reference, title, text, district, category, categoryName, status, publishedAt,
                    supportEndsAt, supports, committee, committeeName, decision, meetingDate, decidedAt, comments,
                    implementationStatus, implementationPlannedDate, implementationNote, channel, language, byChannel,
                    byLanguage);
        }
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
                + "u.at desc, u.id desc limit 1) as implementation_note, proposal.id, proposal.channel, "
                + "proposal.language from proposal "
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
                        rs.getString("implementation_note"), channelCode(rs.getString("channel")),
                        rs.getString("language"), Map.of(), Map.of()));
        items = withSupports(items);
        long t = total == null ? 0 : total;
        // in long arithmetic: the highest page number has no next one
        return new Page(p, s, t, (p + 1L) * s < t ? Integer.valueOf(p + 1) : null, items);
    }

    /**
     * The page's counted supports by channel and by language (DD40), in one grouped query over the page's proposals;
     * every channel and language present, zero when none.
     */
    private List<Item> withSupports(List<Item> items) {
        if (items.isEmpty()) {
            return items;
        }
        var byChannel = new HashMap<String, Map<String, Long>>();
        var byLanguage = new HashMap<String, Map<String, Long>>();
        for (Item i : items) {
            var c = new LinkedHashMap<String, Long>();
            Arrays.stream(Channel.values()).forEach(ch -> c.put(ch.code(), 0L));
            byChannel.put(i.reference(), c);
            var l = new LinkedHashMap<String, Long>();
            ChannelFigures.LANGUAGES.forEach(lang -> l.put(lang, 0L));
            byLanguage.put(i.reference(), l);
        }
        jdbc.query("select p.reference, s.channel, s.language, count(*) as n from support s join proposal p on "
                + "p.id = s.proposal_id where p.reference in (:refs) and s.confirmed_at is not null "
                + "group by p.reference, s.channel, s.language", new MapSqlParameterSource("refs",
                items.stream().map(Item::reference).toList()), rs -> {
                    long n = rs.getLong("n");
                    byChannel.get(rs.getString("reference")).merge(channelCode(rs.getString("channel")), n, Long::sum);
                    byLanguage.get(rs.getString("reference")).merge(rs.getString("language"), n, Long::sum);
                });
        return items.stream().map(i -> i.withSupports(byChannel.get(i.reference()), byLanguage.get(i.reference())))
                .toList();
    }

    private static String channelCode(String channel) {
        return Channel.valueOf(channel).code();
    }

    /** The same page as CSV (UTF-8 with BOM, formulas neutralised), with the field names as header. */
    @Transactional(readOnly = true)
    public void csv(int page, int size, OutputStream out) {
        try (var csv = new Csv(out, "reference", "title", "text", "district", "category", "categoryName", "status",
                "publishedAt", "supportEndsAt", "supports", "committee", "committeeName", "decision", "meetingDate",
                "decidedAt", "comments", "implementationStatus", "implementationPlannedDate", "implementationNote",
                "channel", "language", "supportsWeb", "supportsPaper", "supportsPhone", "supportsServiceCentre",
                "supportsSv", "supportsEn", "supportsFi")) {
            for (Item i : page(page, size).items()) {
                csv.row(i.reference(), i.title(), i.text(), i.district(), i.category(), i.categoryName(), i.status(),
                        i.publishedAt(), i.supportEndsAt(), i.supports(), i.committee(), i.committeeName(),
                        i.decision(), i.meetingDate(), i.decidedAt(), i.comments(), i.implementationStatus(),
                        i.implementationPlannedDate(), i.implementationNote(), i.channel(), i.language(),
                        i.supportsByChannel().get("web"), i.supportsByChannel().get("paper"),
                        i.supportsByChannel().get("phone"), i.supportsByChannel().get("service_centre"),
                        i.supportsByLanguage().get("sv"), i.supportsByLanguage().get("en"),
                        i.supportsByLanguage().get("fi"));
            }
        }
    }
}
