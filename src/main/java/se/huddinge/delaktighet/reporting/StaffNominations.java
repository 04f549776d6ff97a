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

import se.huddinge.delaktighet.nomination.Nomination;
import se.huddinge.delaktighet.nomination.PrizeReview.MyState;
import se.huddinge.delaktighet.reporting.StaffLists.Column;
import se.huddinge.delaktighet.reporting.internal.NominationListSql;
import se.huddinge.delaktighet.reporting.internal.Timestamps;

/**
 * The staff list of every nomination for Demokratipriset, like the list of proposals: a page at a time, one count
 * per filter, the filtered list as CSV. Personal data (the nominee's contact, the nominator's name, address and
 * phone) only for officers and administrators ({@link SignedIn#mayReadPersonalData()}).
 */
@Service
public class StaffNominations implements StaffListSource<NominationFilter, NominationRow> {

    private static final String SELECT = "select n.id, n.reference, " + NominationListSql.YEAR + " as round_year, "
            + "n.status, n.nominee_name, n.nominee_kind, n.submitted_at, n.nominee_contact, n.nominator_name, n.nominator_email, "
            + "n.nominator_phone, v.id as my_review, v.recused as my_recused, (select count(*) from nomination_review a "
            + "where a.nomination_id = n.id) as reviews " + NominationListSql.FROM;

    private final StaffLists lists;
    private final I18NProvider i18n;
    private final Clock clock;

    StaffNominations(StaffLists lists, I18NProvider i18n, Clock clock) {
        this.lists = lists;
        this.i18n = i18n;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('OFFICER', 'COMMITTEE', 'ADMIN')")
    @Override
    public List<NominationRow> page(NominationFilter filter, int offset, int limit) {
        boolean personal = SignedIn.mayReadPersonalData();
        return lists.page(SELECT, sql(filter), NominationListSql.orderBy(filter), offset, limit,
                (rs, n) -> row(rs, personal));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('OFFICER', 'COMMITTEE', 'ADMIN')")
    @Override
    public int count(NominationFilter filter) {
        return lists.count(NominationListSql.FROM, sql(filter));
    }

    /** The filtered list, in the list's order, as CSV; streamed from the database, never held whole. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('OFFICER', 'COMMITTEE', 'ADMIN')")
    @Override
    public void exportCsv(NominationFilter filter, Locale locale, OutputStream out) {
        boolean personal = SignedIn.mayReadPersonalData();
        var columns = new ArrayList<>(List.<Column<NominationRow>>of(
                new Column<>("nominations.csv.reference", NominationRow::reference),
                new Column<>("nominations.csv.year", NominationRow::year),
                new Column<>("nominations.csv.status", r -> i18n.getTranslation("nominations.status."
                        + r.status().name(), locale)),
                new Column<>("nominations.csv.nominee", NominationRow::nomineeName),
                new Column<>("nominations.csv.kind", r -> i18n.getTranslation("prize.kind." + r.kind().name(), locale)),
                new Column<>("nominations.csv.submitted", r -> LocalDate.ofInstant(r.submittedAt(), clock.getZone())),
                new Column<>("nominations.csv.reviews", NominationRow::reviews)));
        if (SignedIn.as(se.huddinge.delaktighet.security.StaffRole.COMMITTEE_ROLE)) {
            columns.add(new Column<>("nominations.csv.mine", r -> i18n.getTranslation("review.prize.state."
                    + r.mine().name(), locale)));
        }
        if (personal) {
            columns.add(new Column<>("nominations.csv.nomineeContact", NominationRow::nomineeContact));
            columns.add(new Column<>("nominations.csv.nominatorName", NominationRow::nominatorName));
            columns.add(new Column<>("nominations.csv.nominatorEmail", NominationRow::nominatorEmail));
            columns.add(new Column<>("nominations.csv.nominatorPhone", NominationRow::nominatorPhone));
        }
        lists.csv(SELECT, sql(filter), NominationListSql.orderBy(filter), (rs, n) -> row(rs, personal), columns,
                locale, out);
    }

    private static se.huddinge.delaktighet.reporting.internal.ListSql sql(NominationFilter filter) {
        return new NominationListSql(filter, SignedIn.username()).sql();
    }

    private static NominationRow row(ResultSet rs, boolean personal) throws SQLException {
        rs.getLong("my_review");
        MyState mine = rs.wasNull() ? MyState.TO_SCORE : rs.getBoolean("my_recused") ? MyState.RECUSED : MyState.SCORED;
        return new NominationRow(rs.getLong("id"), rs.getString("reference"), rs.getInt("round_year"),
                Nomination.Status.valueOf(rs.getString("status")), rs.getString("nominee_name"),
                Nomination.Kind.valueOf(rs.getString("nominee_kind")), Timestamps.instant(rs, "submitted_at"), mine,
                rs.getInt("reviews"), personal ? rs.getString("nominee_contact") : null,
                personal ? rs.getString("nominator_name") : null, personal ? rs.getString("nominator_email") : null,
                personal ? rs.getString("nominator_phone") : null);
    }
}
