package se.huddinge.delaktighet.proposal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What became of an approved proposal, as anyone may read it (DD29): the unit, the planned date, the status and,
 * when not done, why; and every update with its date. Who saved an update is for staff only ({@link Step#actor}
 * is null in what the public pages get).
 *
 * @param version what a save is checked against, so that two officers never overwrite each other
 */
public record ImplementationRecord(long proposalId, String unit, LocalDate plannedDate, ImplementationStatus status,
                                   String reason, long version, List<Step> updates) {

    /** One save of the record: the state it left and its public note. */
    public record Step(long id, Instant at, ImplementationStatus status, boolean statusChanged, String unit,
                       LocalDate plannedDate, String reason, String note, String actor) {
    }

    /** What an officer saves; the fields are named as the form's, for its field messages. */
    public record Form(String unit, LocalDate plannedDate, ImplementationStatus status, String reason, String publicNote) {
    }

    public static final int UNIT_MAX = 200;
    public static final int TEXT_MAX = 1000;
}
