package se.huddinge.delaktighet.reporting.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.regex.Pattern;

import se.huddinge.delaktighet.proposal.WaitingStep;
import se.huddinge.delaktighet.reporting.StaffFilter;

/**
 * The staff list's WHERE and ORDER BY from a filter. Every filter and order has an index (V20); the search uses the
 * full-text index on title and text, in boolean mode with each word as a required prefix.
 */
public final class ProposalListSql {

    private static final Pattern REFERENCE = Pattern.compile("(?i)HF-\\d{4}-\\d{1,6}");

    private final ListSql sql = new ListSql();

    public ProposalListSql(StaffFilter f, LocalDate today, ZoneId zone) {
        sql.where("p.status <> 'SUBMITTED'");
        String text = f.text() == null ? "" : f.text().strip();
        if (REFERENCE.matcher(text).matches()) {
            sql.whenChosen("p.reference = :reference", "reference", text.toUpperCase(Locale.ROOT));
        } else {
            sql.search("p.title, p.body", text);
        }
        sql.whenChosen("p.status = :status", "status", f.status() == null ? null : f.status().name())
                .whenChosen("p.district = :district", "district", f.district())
                .whenChosen("p.category = :category", "category", f.category())
                .whenChosen("p.committee = :committee", "committee", f.committee())
                .inYear("p.submitted_at", f.year(), zone);
        if (f.implementation() != null) {
            implementation(f.implementation());
        }
        if (f.overdue()) {
            // the status condition is implied by the due date (none for other statuses); it lets the index narrow
            sql.where(WaitingStep.sqlWaiting("p") + " and " + WaitingStep.sql("p") + " < :today").param("today", today);
        }
    }

    /** Approved proposals whose implementation record (DD29) says {@code which}; few, so no index is needed. */
    private void implementation(StaffFilter.Implementation which) {
        sql.where("p.decision = 'BIFALL'");
        String record = "exists (select 1 from proposal_implementation i where i.proposal_id = p.id";
        switch (which) {
            case APPROVED -> { }
            case OPEN -> sql.where(record + " and i.status in ('PLANNED', 'UNDER_WAY'))");
            case DONE -> sql.where(record + " and i.status = 'DONE')");
            case NOT_DONE -> sql.where(record + " and i.status = 'NOT_DONE')");
            case NO_RECORD -> sql.where("not " + record + ")");
        }
    }

    public ListSql sql() {
        return sql;
    }

    public String orderBy(StaffFilter f) {
        String column = switch (f.sort() == null ? StaffFilter.Sort.SUBMITTED : f.sort()) {
            case SUBMITTED -> "p.submitted_at";
            case TITLE -> "p.title";
            case SUPPORTS -> "p.support_count";
            case REFERENCE -> "p.reference";
        };
        return ListSql.orderBy(column, f.ascending(), "p.id");
    }
}
