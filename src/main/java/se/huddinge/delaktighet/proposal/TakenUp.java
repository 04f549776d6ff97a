package se.huddinge.delaktighet.proposal;

import java.time.LocalDate;

/**
 * A proposal below the threshold that a politician took up, as anyone may read it on the proposal's timeline and in
 * the letters: who took it up, in which body, the case number and the note when given, and the date.
 */
public record TakenUp(long id, long proposalId, String takenUpBy, String body, String caseRef, String note,
                      LocalDate takenUpOn) {

    /** What staff write when they record it; the fields are named as the form's, for its field messages. */
    public record Form(String takenUpBy, String takenUpBody, String takenUpCase, String takenUpNote,
                       LocalDate takenUpOn) {
    }

    /** The longest name of who took it up and of the body (the column's size). */
    public static final int NAME_MAX = 200;
    public static final int CASE_MAX = 100;
    public static final int NOTE_MAX = 1000;
}
