package se.huddinge.delaktighet.proposal;

/** Where the work on an approved proposal stands (DD29). */
public enum ImplementationStatus {
    PLANNED, UNDER_WAY, DONE,
    /** It will not be done; the record says why. */
    NOT_DONE;

    /** Whether the work is still to be finished: the planned date is watched and its passing reminded of. */
    public boolean isOpen() {
        return this == PLANNED || this == UNDER_WAY;
    }
}
