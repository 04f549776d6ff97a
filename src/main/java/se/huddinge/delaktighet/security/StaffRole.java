package se.huddinge.delaktighet.security;

/**
 * What a member of staff may do. Every role name and every role check of the portal is a constant here: role names
 * for {@code @RolesAllowed}, whole expressions for {@code @PreAuthorize}, each of which asks {@link SignedIn}.
 */
public enum StaffRole {
    /** Handläggare: moderates proposals, refers them, records decisions. */
    OFFICER,
    /** Ledamot: the committee's dashboard, scores nominations, reads the follow-up. */
    COMMITTEE,
    /** Administrator: prize rounds, rules, letter templates, staff accounts. */
    ADMIN;

    public static final String OFFICER_ROLE = "OFFICER";
    public static final String COMMITTEE_ROLE = "COMMITTEE";
    public static final String ADMIN_ROLE = "ADMIN";

    /** Spring Security's prefix of a role's authority. */
    public static final String AUTHORITY_PREFIX = "ROLE_";

    /** {@code @PreAuthorize}: any member of staff (reads). */
    public static final String IS_STAFF = "@" + SignedIn.BEAN + ".isStaff()";
    /** {@code @PreAuthorize}: staff who act on a case (officers and administrators). */
    public static final String ACTS_ON_CASES = "@" + SignedIn.BEAN + ".actsOnCases()";
    /** {@code @PreAuthorize}: administrators. */
    public static final String IS_ADMIN = "@" + SignedIn.BEAN + ".is('" + ADMIN_ROLE + "')";
    /** {@code @PreAuthorize}: committee members (they score nominations). */
    public static final String IS_COMMITTEE = "@" + SignedIn.BEAN + ".is('" + COMMITTEE_ROLE + "')";
    /** {@code @PreAuthorize}: committee members and administrators (the prize's decision). */
    public static final String DECIDES_PRIZE = IS_COMMITTEE + " or " + IS_ADMIN;
    /** {@code @PreAuthorize}: officers and committee members (a politician took up a proposal). */
    public static final String RECORDS_TAKE_UP = "@" + SignedIn.BEAN + ".is('" + OFFICER_ROLE + "') or " + IS_COMMITTEE;
    /**
     * {@code @PreAuthorize}: staff who read residents' personal data ({@link SignedIn#readsResidentAddresses()}). A
     * service method that hands an address, a phone or a nominator's name to a view carries it; an export that all
     * staff may download asks the bean before it selects those columns.
     */
    public static final String READS_ADDRESSES = "@" + SignedIn.BEAN + ".readsResidentAddresses()";

    /** The granted authority of this role, e.g. {@code ROLE_OFFICER}. */
    public String authority() {
        return AUTHORITY_PREFIX + name();
    }
}
