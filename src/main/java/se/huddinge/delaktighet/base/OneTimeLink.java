package se.huddinge.delaktighet.base;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one rule of every e-mailed link (a proposal's or support's confirmation, the author's own link, "Mina
 * inskick", a nomination's confirmation, a staff password reset): what it takes to use it, kept in one place.
 * <p>
 * Only SHA-256 hashes of tokens are stored, and no usable token is ever written anywhere: a link is created
 * {@linkplain #unsent unsent} (its hash is of a token nobody holds), and the token the resident gets is
 * {@linkplain #mint minted} when the letter leaves, in memory, just before SMTP (DD13). Minting again (a resend,
 * a retry after a crash) keeps the one minted just before working too, so the copy a mail program already shows
 * under the same Message-ID still works; older ones stop working.
 * <p>
 * Entities embed it; the columns are {@code token_hash}, {@code previous_token_hash}, {@code expires_at} and
 * {@code used_at} unless the entity overrides them.
 */
@Embeddable
public class OneTimeLink {

    /** Why a link cannot be used. */
    public enum Problem {
        /** No such link (a wrong or mistyped token, or a link that was deleted). */
        UNKNOWN,
        /** Used already; a one-time link works once. */
        USED,
        /** Its time has passed. */
        EXPIRED
    }

    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @Column(name = "previous_token_hash", length = 64)
    private String previousTokenHash;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected OneTimeLink() {
    }

    /** A link that works until {@code expiresAt}, once a letter carrying it has {@linkplain #mint minted} its token. */
    public static OneTimeLink unsent(Instant expiresAt) {
        var link = new OneTimeLink();
        link.tokenHash = Tokens.hash(Tokens.newToken());
        link.expiresAt = expiresAt;
        return link;
    }

    /**
     * A new token for a letter that is about to leave; returns it (it exists only in memory and in that letter).
     * The token minted before it keeps working; any older one stops. Null when the link has been forgotten.
     */
    public String mint() {
        if (tokenHash == null) {
            return null;
        }
        String token = Tokens.newToken();
        previousTokenHash = tokenHash;
        tokenHash = Tokens.hash(token);
        return token;
    }

    /**
     * The same minting done by one {@code UPDATE} of the link's columns alone, for a link embedded in a row that staff
     * also edit: {@code update} sets {@code previous = current, current = the hash given} where the link is not
     * forgotten, and answers the rows it changed. No entity is loaded, so the row's version stays as it was, and a
     * decision being made on the same row meanwhile is not refused for it (the entity writes only the columns it
     * changed). Returns the token, or null when the link has been forgotten.
     */
    public static String mint(java.util.function.ToIntFunction<String> update) {
        String token = Tokens.newToken();
        return update.applyAsInt(Tokens.hash(token)) == 1 ? token : null;
    }

    /** Whether {@code token} is one of this link's two latest tokens. */
    public boolean matches(String token) {
        String hash = hashOf(token);
        return hash.equals(tokenHash) || hash.equals(previousTokenHash);
    }

    /** Why this link cannot be used at {@code now}; empty when it can. */
    public Optional<Problem> problem(Instant now) {
        if (tokenHash == null) {
            return Optional.of(Problem.UNKNOWN);
        }
        if (usedAt != null) {
            return Optional.of(Problem.USED);
        }
        // works up to and including its last moment
        return now.isAfter(expiresAt) ? Optional.of(Problem.EXPIRED) : Optional.empty();
    }

    /** The same question for a link that may not exist: UNKNOWN when {@code link} is null. */
    public static Optional<Problem> problem(OneTimeLink link, Instant now) {
        return link == null ? Optional.of(Problem.UNKNOWN) : link.problem(now);
    }

    /** Used at {@code now}: it never works again. */
    public void use(Instant now) {
        usedAt = now;
    }

    /** The link works at most until {@code until} (earlier if it already expires sooner). */
    public void endBy(Instant until) {
        if (until.isBefore(expiresAt)) {
            expiresAt = until;
        }
    }

    /** Forgets the link: no token opens it any more (anonymisation). */
    public void forget() {
        tokenHash = null;
        previousTokenHash = null;
    }

    /**
     * The id of the link a presented token opens, looked up by the hash of its latest token, then of the one before:
     * two index lookups, not one query with OR (which may scan the table and, when locking, lock every row).
     */
    public static Optional<Long> idOf(String token, Function<String, Optional<Long>> byTokenHash,
                                      Function<String, Optional<Long>> byPreviousTokenHash) {
        String hash = hashOf(token);
        return byTokenHash.apply(hash).or(() -> byPreviousTokenHash.apply(hash));
    }

    /** What a presented token is looked up by; a missing token gets the hash of nothing, which matches no link. */
    public static String hashOf(String token) {
        return Tokens.hash(token == null ? "" : token);
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }

    public boolean isUsed() {
        return usedAt != null;
    }
}
