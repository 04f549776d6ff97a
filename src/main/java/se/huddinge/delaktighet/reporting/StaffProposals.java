package se.huddinge.delaktighet.reporting;

import java.io.OutputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.vaadin.flow.i18n.I18NProvider;

import se.huddinge.delaktighet.proposal.WaitingStep;
import se.huddinge.delaktighet.proposal.ProposalRules;
import se.huddinge.delaktighet.proposal.ProposalStatus;
import se.huddinge.delaktighet.reporting.internal.ProposalListSql;
import se.huddinge.delaktighet.reporting.internal.Timestamps;
import se.huddinge.delaktighet.security.StaffRole;

/**
 * The staff list of every proposal: a page at a time from the database, one count per filter, and the filtered
 * list as CSV. The author's name and address only for officers and administrators, who handle the cases.
 */
@Service
public class StaffProposals {

    private static final String COLUMNS = "select p.id, p.reference, p.title, p.status, p.district, p.category, "
            + "p.committee, p.submitted_at, p.support_count, " + WaitingStep.sql("p") + " as due, p.author_name, "
            + "p.author_email from proposal p";

    private final NamedParameterJdbcTemplate jdbc;
    private final ProposalRules rules;
    private final I18NProvider i18n;
    private final Clock clock;

    StaffProposals(NamedParameterJdbcTemplate jdbc, ProposalRules rules, I18NProvider i18n, Clock clock) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.i18n = i18n;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('OFFICER', 'COMMITTEE', 'ADMIN')")
    public List<ProposalRow> page(StaffFilter filter, int offset, int limit) {
        var sql = sql(filter);
        var params = sql.params().addValue("limit", limit).addValue("offset", offset);
        boolean personal = mayReadPersonalData();
        return jdbc.query(COLUMNS + sql.where() + sql.orderBy(filter) + " limit :limit offset :offset", params,
                (rs, n) -> row(rs, personal));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('OFFICER', 'COMMITTEE', 'ADMIN')")
    public int count(StaffFilter filter) {
        var sql = sql(filter);
        Integer n = jdbc.queryForObject("select count(*) from proposal p" + sql.where(), sql.params(), Integer.class);
        return n == null ? 0 : n;
    }

    /** The filtered list, in the list's order, as CSV; streamed from the database, never held whole. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('OFFICER', 'COMMITTEE', 'ADMIN')")
    public void exportCsv(StaffFilter filter, Locale locale, OutputStream out) {
        boolean personal = mayReadPersonalData();
        var header = new java.util.ArrayList<>(List.of("reference", "title", "status", "district", "category",
                "committee", "submitted", "supports", "due"));
        if (personal) {
            header.addAll(List.of("authorName", "authorEmail"));
        }
        var sql = sql(filter);
        try (var csv = new Csv(out, header.stream().map(h -> i18n.getTranslation("list.csv." + h, locale))
                .toArray(String[]::new))) {
            jdbc.query(COLUMNS + sql.where() + sql.orderBy(filter), sql.params(), rs -> {
                var r = row(rs, personal);
                var cells = new java.util.ArrayList<Object>(List.of(nz(r.reference()), r.title(),
                        i18n.getTranslation("proposal.status." + r.status().name(), locale), r.district(),
                        rules.category(r.category()).map(c -> c.name(locale)).orElse(r.category()),
                        r.committee() == null ? "" : rules.committee(r.committee()).map(c -> c.name(locale))
                                .orElse(r.committee()),
                        LocalDate.ofInstant(r.submittedAt(), clock.getZone()).toString(), r.supports(),
                        r.due() == null ? "" : r.due().toString()));
                if (personal) {
                    cells.add(r.authorName());
                    cells.add(r.authorEmail());
                }
                csv.row(cells);
            });
        }
    }

    /** Officers and administrators handle cases and may contact the author; committee members see no addresses. */
    public static boolean mayReadPersonalData() {
        return StaffRole.readsResidentAddresses();
    }

    /** Whether the signed-in member of staff has the role. */
    static boolean signedInAs(String role) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + role));
    }

    private ProposalListSql sql(StaffFilter filter) {
        return new ProposalListSql(filter, LocalDate.now(clock), clock.getZone());
    }

    private static ProposalRow row(ResultSet rs, boolean personal) throws SQLException {
        java.sql.Date due = rs.getDate("due");
        return new ProposalRow(rs.getLong("id"), rs.getString("reference"), rs.getString("title"),
                ProposalStatus.valueOf(rs.getString("status")), rs.getString("district"), rs.getString("category"),
                rs.getString("committee"), Timestamps.instant(rs, "submitted_at"), rs.getInt("support_count"),
                due == null ? null : due.toLocalDate(),
                personal ? rs.getString("author_name") : null, personal ? rs.getString("author_email") : null);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
