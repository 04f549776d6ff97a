package se.huddinge.delaktighet.reporting;

import java.io.OutputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.vaadin.flow.i18n.I18NProvider;

import se.huddinge.delaktighet.proposal.WaitingStep;
import se.huddinge.delaktighet.proposal.ProposalRules;
import se.huddinge.delaktighet.proposal.ProposalStatus;
import se.huddinge.delaktighet.reporting.StaffLists.Column;
import se.huddinge.delaktighet.reporting.internal.ProposalListSql;
import se.huddinge.delaktighet.reporting.internal.Timestamps;

/**
 * The staff list of every proposal: a page at a time from the database, one count per filter, and the filtered
 * list as CSV. The author's name and address only for officers and administrators, who handle the cases.
 */
@Service
public class StaffProposals implements StaffListSource<StaffFilter, ProposalRow> {

    private static final String COLUMNS = "select p.id, p.reference, p.title, p.status, p.district, p.category, "
            + "p.committee, p.submitted_at, p.support_count, " + WaitingStep.sql("p") + " as due, p.author_name, "
            + "p.author_email from proposal p";

    private final StaffLists lists;
    private final ProposalRules rules;
    private final I18NProvider i18n;
    private final Clock clock;

    StaffProposals(StaffLists lists, ProposalRules rules, I18NProvider i18n, Clock clock) {
        this.lists = lists;
        this.rules = rules;
        this.i18n = i18n;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('OFFICER', 'COMMITTEE', 'ADMIN')")
    @Override
    public List<ProposalRow> page(StaffFilter filter, int offset, int limit) {
        boolean personal = SignedIn.mayReadPersonalData();
        var sql = sql(filter);
        return lists.page(COLUMNS, sql.sql(), sql.orderBy(filter), offset, limit, (rs, n) -> row(rs, personal));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('OFFICER', 'COMMITTEE', 'ADMIN')")
    @Override
    public int count(StaffFilter filter) {
        return lists.count("from proposal p", sql(filter).sql());
    }

    /** The filtered list, in the list's order, as CSV; streamed from the database, never held whole. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('OFFICER', 'COMMITTEE', 'ADMIN')")
    @Override
    public void exportCsv(StaffFilter filter, Locale locale, OutputStream out) {
        boolean personal = SignedIn.mayReadPersonalData();
        var columns = new ArrayList<>(List.<Column<ProposalRow>>of(
                new Column<>("list.csv.reference", ProposalRow::reference),
                new Column<>("list.csv.title", ProposalRow::title),
                new Column<>("list.csv.status", r -> i18n.getTranslation("proposal.status." + r.status().name(), locale)),
                new Column<>("list.csv.district", ProposalRow::district),
                new Column<>("list.csv.category", r -> rules.category(r.category()).map(c -> c.name(locale))
                        .orElse(r.category())),
                new Column<>("list.csv.committee", r -> r.committee() == null ? null
                        : rules.committee(r.committee()).map(c -> c.name(locale)).orElse(r.committee())),
                new Column<>("list.csv.submitted", r -> LocalDate.ofInstant(r.submittedAt(), clock.getZone())),
                new Column<>("list.csv.supports", ProposalRow::supports),
                new Column<>("list.csv.due", ProposalRow::due)));
        if (personal) {
            columns.add(new Column<>("list.csv.authorName", ProposalRow::authorName));
            columns.add(new Column<>("list.csv.authorEmail", ProposalRow::authorEmail));
        }
        var sql = sql(filter);
        lists.csv(COLUMNS, sql.sql(), sql.orderBy(filter), (rs, n) -> row(rs, personal), columns, locale, out);
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
}
