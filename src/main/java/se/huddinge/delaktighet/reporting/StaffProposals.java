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
import se.huddinge.delaktighet.security.SignedIn;
import se.huddinge.delaktighet.security.StaffRole;

/**
 * The staff list of every proposal: a page at a time from the database, one count per filter, and the filtered
 * list as CSV. A row ({@link ProposalRow}) has no personal data; the CSV adds the author's name and address, read
 * from the database only then, for staff who read residents' addresses ({@link SignedIn#readsResidentAddresses()}).
 */
@Service
public class StaffProposals implements StaffListSource<StaffFilter, ProposalRow> {

    private static final String COLUMNS = "select p.id, p.reference, p.title, p.status, p.district, p.category, "
            + "p.committee, p.submitted_at, p.support_count, " + WaitingStep.sql("p") + " as due";
    private static final String FROM = " from proposal p";
    private static final String AUTHOR = ", p.author_name, p.author_email";

    /** A row of the CSV with the author, for those who read addresses. */
    private record WithAuthor(ProposalRow row, String name, String email) {
    }

    private final StaffLists lists;
    private final ProposalRules rules;
    private final I18NProvider i18n;
    private final SignedIn signedIn;
    private final Clock clock;

    StaffProposals(StaffLists lists, ProposalRules rules, I18NProvider i18n, SignedIn signedIn, Clock clock) {
        this.lists = lists;
        this.rules = rules;
        this.i18n = i18n;
        this.signedIn = signedIn;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(StaffRole.IS_STAFF)
    @Override
    public List<ProposalRow> page(StaffFilter filter, int offset, int limit) {
        var sql = sql(filter);
        return lists.page(COLUMNS + FROM, sql.sql(), sql.orderBy(filter), offset, limit, (rs, n) -> row(rs));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(StaffRole.IS_STAFF)
    @Override
    public int count(StaffFilter filter) {
        return lists.count("from proposal p", sql(filter).sql());
    }

    /** The filtered list, in the list's order, as CSV; streamed from the database, never held whole. */
    @Transactional(readOnly = true)
    @PreAuthorize(StaffRole.IS_STAFF)
    @Override
    public void exportCsv(StaffFilter filter, Locale locale, OutputStream out) {
        boolean author = signedIn.readsResidentAddresses();
        var columns = new ArrayList<>(List.<Column<WithAuthor>>of(
                new Column<>("list.csv.reference", r -> r.row().reference()),
                new Column<>("list.csv.title", r -> r.row().title()),
                new Column<>("list.csv.status", r -> i18n.getTranslation("proposal.status." + r.row().status().name(),
                        locale)),
                new Column<>("list.csv.district", r -> r.row().district()),
                new Column<>("list.csv.category", r -> rules.category(r.row().category()).map(c -> c.name(locale))
                        .orElse(r.row().category())),
                new Column<>("list.csv.committee", r -> r.row().committee() == null ? null
                        : rules.committee(r.row().committee()).map(c -> c.name(locale)).orElse(r.row().committee())),
                new Column<>("list.csv.submitted", r -> LocalDate.ofInstant(r.row().submittedAt(), clock.getZone())),
                new Column<>("list.csv.supports", r -> r.row().supports()),
                new Column<>("list.csv.due", r -> r.row().due())));
        if (author) {
            columns.add(new Column<>("list.csv.authorName", WithAuthor::name));
            columns.add(new Column<>("list.csv.authorEmail", WithAuthor::email));
        }
        var sql = sql(filter);
        lists.csv(COLUMNS + (author ? AUTHOR : "") + FROM, sql.sql(), sql.orderBy(filter), (rs, n) -> new WithAuthor(
                row(rs), author ? rs.getString("author_name") : null, author ? rs.getString("author_email") : null),
                columns, locale, out);
    }

    private ProposalListSql sql(StaffFilter filter) {
        return new ProposalListSql(filter, LocalDate.now(clock), clock.getZone());
    }

    private static ProposalRow row(ResultSet rs) throws SQLException {
        java.sql.Date due = rs.getDate("due");
        return new ProposalRow(rs.getLong("id"), rs.getString("reference"), rs.getString("title"),
                ProposalStatus.valueOf(rs.getString("status")), rs.getString("district"), rs.getString("category"),
                rs.getString("committee"), Timestamps.instant(rs, "submitted_at"), rs.getInt("support_count"),
                due == null ? null : due.toLocalDate());
    }
}
