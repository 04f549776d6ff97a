package se.huddinge.delaktighet.proposal;

import java.io.Serializable;
import se.huddinge.delaktighet.base.Tokens;

/**
 * An e-mail address proven by following a "Mina inskick" link. Only {@link MySubmissionsService} makes one, when the
 * link is used, so a view cannot ask for the list of an address nobody proved. Kept in the visitor's session for the
 * rest of the visit, so it is serialisable and holds the hash of the link's token, never the token.
 */
public final class VerifiedAddress implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String email;
    private final String tokenHash;

    VerifiedAddress(String email, String tokenHash) {
        this.email = email;
        this.tokenHash = tokenHash;
    }

    public String email() {
        return email;
    }

    /** Whether this address was proven with the link that has {@code token}: a reload of the same link. */
    public boolean provenBy(String token) {
        return token != null && !token.isEmpty() && Tokens.hash(token).equals(tokenHash);
    }
}
