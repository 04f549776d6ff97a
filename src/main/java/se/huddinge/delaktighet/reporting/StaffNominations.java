package se.huddinge.delaktighet.reporting;

import java.io.OutputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.vaadin.flow.i18n.I18NProvider;

import se.huddinge.delaktighet.nomination.NominationStatus;
import se.huddinge.delaktighet.nomination.NomineeKind;
import se.huddinge.delaktighet.nomination.NominationContacts;
import se.huddinge.delaktighet.nomination.PrizeReview.MyState;
import se.huddinge.delaktighet.reporting.StaffLists.Column;
import se.huddinge.delaktighet.reporting.internal.NominationListSql;
import se.huddinge.delaktighet.reporting.internal.Timestamps;
import se.huddinge.delaktighet.security.SignedIn;
import se.huddinge.delaktighet.security.StaffRole;

/**
 * The staff list of every nomination for Demokratipriset, like the list of proposals: a page at a time, one count
 * per filter, the filtered list as CSV. A row ({@link NominationRow}) has no personal data. The nominator's name,
 * address and phone and the nominee's contact come from {@link #contacts} and in the CSV, read from the database
 * only for staff who read residents' personal data ({@link SignedIn#readsResidentAddresses()}).
 */
@Service
public class StaffNominations implements StaffListSource<NominationFilter, NominationRow> {

    private static final String COLUMNS = "select n.id, n.reference, " + NominationListSql.YEAR + " as round_year, "
            + "n.status, n.nominee_name, n.nominee_kind, n.submitted_at, v.id as my_review, v.recused as my_recused, "
            + "(select count(*) from nomination_review a where a.nomination_id = n.id) as reviews";
    private static final String CONTACTS = ", n.nominator_name, n.nominator_email, n.nominator_phone, n.nominee_contact";

    /** A row of the CSV with the contacts, for those who read them (else null). */
    private record WithContacts(NominationRow row, NominationContacts contacts) {
    }

    private final StaffLists lists;
    private final NamedParameterJdbcTemplate jdbc;
    private final I18NProvider i18n;
    private final SignedIn signedIn;
    private final Clock clock;

    StaffNominations(StaffLists lists, NamedParameterJdbcTemplate jdbc, I18NProvider i18n, SignedIn signedIn,
                     Clock clock) {
        this.lists = lists;
        this.jdbc = jdbc;
        this.i18n = i18n;
        this.signedIn = signedIn;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(StaffRole.IS_STAFF)
    @Override
    public List<NominationRow> page(NominationFilter filter, int offset, int limit) {
        return lists.page(COLUMNS + " " + NominationListSql.FROM, sql(filter), NominationListSql.orderBy(filter),
                offset, limit, (rs, n) -> row(rs));
    }

    /** The contact details of the listed nominations, by id: for staff who read residents' personal data. */
    @Transactional(readOnly = true)
    @PreAuthorize(StaffRole.READS_ADDRESSES)
    public Map<Long, NominationContacts> contacts(Collection<Long> ids) {
        var byId = new HashMap<Long, NominationContacts>();
        if (!ids.isEmpty()) {
            jdbc.query("select n.id" + CONTACTS + " from nomination n where n.id in (:ids)", Map.of("ids", ids),
                    rs -> {
                        byId.put(rs.getLong("id"), contacts(rs));
                    });
        }
        return byId;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(StaffRole.IS_STAFF)
    @Override
    public int count(NominationFilter filter) {
        return lists.count(NominationListSql.FROM, sql(filter));
    }

    /** The filtered list, in the list's order, as CSV; streamed from the database, never held whole. */
    @Transactional(readOnly = true)
    @PreAuthorize(StaffRole.IS_STAFF)
    @Override
    public void exportCsv(NominationFilter filter, Locale locale, OutputStream out) {
        boolean personal = signedIn.readsResidentAddresses();
        var columns = new ArrayList<>(List.<Column<WithContacts>>of(
                new Column<>("nominations.csv.reference", r -> r.row().reference()),
                new Column<>("nominations.csv.year", r -> r.row().year()),
                new Column<>("nominations.csv.status", r -> i18n.getTranslation("nominations.status."
                        + r.row().status().name(), locale)),
                new Column<>("nominations.csv.nominee", r -> r.row().nomineeName()),
                new Column<>("nominations.csv.kind", r -> i18n.getTranslation("prize.kind." + r.row().kind().name(),
                        locale)),
                new Column<>("nominations.csv.submitted", r -> LocalDate.ofInstant(r.row().submittedAt(),
                        clock.getZone())),
                new Column<>("nominations.csv.reviews", r -> r.row().reviews())));
        if (signedIn.is(StaffRole.COMMITTEE)) {
            columns.add(new Column<>("nominations.csv.mine", r -> i18n.getTranslation("review.prize.state."
                    + r.row().mine().name(), locale)));
        }
        if (personal) {
            columns.add(new Column<>("nominations.csv.nomineeContact", r -> r.contacts().nomineeContact()));
            columns.add(new Column<>("nominations.csv.nominatorName", r -> r.contacts().nominatorName()));
            columns.add(new Column<>("nominations.csv.nominatorEmail", r -> r.contacts().nominatorEmail()));
            columns.add(new Column<>("nominations.csv.nominatorPhone", r -> r.contacts().nominatorPhone()));
        }
        lists.csv(COLUMNS + (personal ? CONTACTS : "") + " " + NominationListSql.FROM, sql(filter),
                NominationListSql.orderBy(filter), (rs, n) -> new WithContacts(row(rs), personal ? contacts(rs) : null),
                columns, locale, out);
    }

    private se.huddinge.delaktighet.reporting.internal.ListSql sql(NominationFilter filter) {
        return new NominationListSql(filter, signedIn.username().orElse("")).sql();
    }

    private static NominationContacts contacts(ResultSet rs) throws SQLException {
        return NominationContacts.stored(rs.getString("nominator_name"), rs.getString("nominator_email"),
                rs.getString("nominator_phone"), rs.getString("nominee_contact"));
    }

    private static NominationRow row(ResultSet rs) throws SQLException {
        rs.getLong("my_review");
        MyState mine = rs.wasNull() ? MyState.TO_SCORE : rs.getBoolean("my_recused") ? MyState.RECUSED : MyState.SCORED;
        return new NominationRow(rs.getLong("id"), rs.getString("reference"), rs.getInt("round_year"),
                NominationStatus.valueOf(rs.getString("status")), rs.getString("nominee_name"),
                NomineeKind.valueOf(rs.getString("nominee_kind")), Timestamps.instant(rs, "submitted_at"), mine,
                rs.getInt("reviews"));
    }
}
