package se.huddinge.delaktighet.reporting;

import java.io.OutputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.huddinge.delaktighet.proposal.ProposalRules;
import se.huddinge.delaktighet.reporting.StaffLists.Column;
import se.huddinge.delaktighet.reporting.internal.ListSql;
import se.huddinge.delaktighet.reporting.internal.Timestamps;
import se.huddinge.delaktighet.security.StaffRole;

/**
 * Proposals whose support period ended below the threshold, for the staff who may take them up (docs/design.md, "Huddingeförslag": they
 * stay listed so that politicians can pick them up): filtered by district, category, year closed and supports, a
 * page at a time, one count per filter, and as CSV. Only the public facts of each proposal, for every role.
 */
@Service
public class BelowThreshold implements StaffListSource<BelowThresholdFilter, BelowThresholdRow> {

    private static final String SELECT = "select p.id, p.reference, p.title, p.district, p.category, p.closed_at, "
            + "p.support_count, (select count(*) from proposal_take_up u where u.proposal_id = p.id) as taken_up "
            + "from proposal p";

    private final StaffLists lists;
    private final ProposalRules rules;
    private final Clock clock;

    BelowThreshold(StaffLists lists, ProposalRules rules, Clock clock) {
        this.lists = lists;
        this.rules = rules;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(StaffRole.IS_STAFF)
    public List<BelowThresholdRow> page(BelowThresholdFilter filter, int offset, int limit) {
        return lists.page(SELECT, sql(filter), orderBy(filter), offset, limit, BelowThreshold::row);
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(StaffRole.IS_STAFF)
    public int count(BelowThresholdFilter filter) {
        return lists.count("from proposal p", sql(filter));
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(StaffRole.IS_STAFF)
    public void exportCsv(BelowThresholdFilter filter, Locale locale, OutputStream out) {
        var columns = List.<Column<BelowThresholdRow>>of(
                new Column<>("list.csv.reference", BelowThresholdRow::reference),
                new Column<>("list.csv.title", BelowThresholdRow::title),
                new Column<>("list.csv.district", BelowThresholdRow::district),
                new Column<>("list.csv.category", r -> rules.category(r.category()).map(c -> c.name(locale))
                        .orElse(r.category())),
                new Column<>("below.csv.closed", r -> LocalDate.ofInstant(r.closedAt(), clock.getZone())),
                new Column<>("list.csv.supports", BelowThresholdRow::supports),
                new Column<>("below.csv.takenUp", BelowThresholdRow::takenUp));
        lists.csv(SELECT, sql(filter), orderBy(filter), BelowThreshold::row, columns, locale, out);
    }

    private ListSql sql(BelowThresholdFilter f) {
        return new ListSql().where("p.status = 'CLOSED_BELOW_THRESHOLD'")
                .whenChosen("p.district = :district", "district", f.district())
                .whenChosen("p.category = :category", "category", f.category())
                .inYear("p.closed_at", f.year(), clock.getZone())
                .whenChosen("p.support_count >= :minSupports", "minSupports", f.minSupports())
                .whenChosen("p.support_count <= :maxSupports", "maxSupports", f.maxSupports());
    }

    private static String orderBy(BelowThresholdFilter f) {
        String column = switch (f.sort() == null ? BelowThresholdFilter.Sort.CLOSED : f.sort()) {
            case CLOSED -> "p.closed_at";
            case SUPPORTS -> "p.support_count";
            case TITLE -> "p.title";
        };
        return ListSql.orderBy(column, f.ascending(), "p.id");
    }

    private static BelowThresholdRow row(ResultSet rs, int n) throws SQLException {
        return new BelowThresholdRow(rs.getLong("id"), rs.getString("reference"), rs.getString("title"),
                rs.getString("district"), rs.getString("category"), Timestamps.instant(rs, "closed_at"),
                rs.getInt("support_count"), rs.getInt("taken_up"));
    }
}
