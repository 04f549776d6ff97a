package se.huddinge.delaktighet.base;

/**
 * A queue on the staff overview that a feature contributes, e.g. "nominations awaiting my scores" from the prize:
 * a Spring bean implementing this appears on the overview as a card with its count and a link, without the
 * overview knowing the feature. The count is one SQL aggregate for the signed-in member of staff.
 */
public interface StaffQueue {

    /** The translation key of the card's label. */
    String labelKey();

    /** How many items wait, for the signed-in member of staff (the roles that see none get 0). */
    long count();

    /** The path of the page that lists them. */
    String path();
}
