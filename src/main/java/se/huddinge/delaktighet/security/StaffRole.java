package se.huddinge.delaktighet.security;

/** What a member of staff may do. Role names are those used in {@code @RolesAllowed}. */
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
}
