package se.huddinge.delaktighet.reporting;

import org.springframework.security.core.context.SecurityContextHolder;

import se.huddinge.delaktighet.security.StaffRole;

/** Who is signed in, as the lists and counts of Granskning need to know it: one place for the rule on personal data. */
public final class SignedIn {

    private SignedIn() {
    }

    /**
     * Officers and administrators handle cases and nominations and may contact the people behind them; committee
     * members see what their step needs (DESIGN.md): no names or addresses of authors, nominators or nominees'
     * contacts.
     */
    public static boolean mayReadPersonalData() {
        return StaffRole.readsResidentAddresses();
    }

    /** Whether the signed-in member of staff has the role. */
    public static boolean as(String role) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + role));
    }

    /** The signed-in member of staff's username. */
    static String username() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "" : auth.getName();
    }
}
