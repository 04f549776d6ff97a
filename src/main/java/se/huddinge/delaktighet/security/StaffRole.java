package se.huddinge.delaktighet.security;

/**
 * What a member of staff may do. Every role name and every role check of the portal is a constant here: role names
 * for {@code @RolesAllowed}, whole expressions for {@code @PreAuthorize}.
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
    public static final String IS_STAFF =
            "hasAnyRole('" + OFFICER_ROLE + "', '" + COMMITTEE_ROLE + "', '" + ADMIN_ROLE + "')";
    /** {@code @PreAuthorize}: staff who act on a case (officers and administrators). */
    public static final String ACTS_ON_CASES = "hasAnyRole('" + OFFICER_ROLE + "', '" + ADMIN_ROLE + "')";
    /** {@code @PreAuthorize}: administrators. */
    public static final String IS_ADMIN = "hasRole('" + ADMIN_ROLE + "')";

    /**
     * Whether the signed-in member of staff may read residents' e-mail addresses (an author's, a supporter's): officers
     * and administrators, who handle cases and may have to write to the author. Committee members see what their step
     * needs, never a resident's e-mail address (DESIGN.md, "Always"). The one rule; views and exports ask it.
     */
    public static boolean readsResidentAddresses() {
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && auth.getAuthorities().stream().anyMatch(a ->
                a.getAuthority().equals(OFFICER.authority()) || a.getAuthority().equals(ADMIN.authority()));
    }

    /** The granted authority of this role, e.g. {@code ROLE_OFFICER}. */
    public String authority() {
        return AUTHORITY_PREFIX + name();
    }
}
