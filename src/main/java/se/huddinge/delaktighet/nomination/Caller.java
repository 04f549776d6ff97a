package se.huddinge.delaktighet.nomination;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The member of staff who calls a service: their username and which roles decide what they may see of the scores. */
record Caller(String username, boolean member, boolean admin) {

    static Caller current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return new Caller("system", false, false);
        }
        return new Caller(auth.getName(), has(auth, "ROLE_COMMITTEE"), has(auth, "ROLE_ADMIN"));
    }

    private static boolean has(Authentication auth, String authority) {
        return auth.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority()));
    }
}
