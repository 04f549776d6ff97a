package se.huddinge.delaktighet.proposal;

import static se.huddinge.delaktighet.proposal.ProposalException.Reason.LINK_INVALID;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.huddinge.delaktighet.base.Tokens;
import se.huddinge.delaktighet.proposal.ProposalException.Reason;
import se.huddinge.delaktighet.proposal.internal.AccessLink;
import se.huddinge.delaktighet.proposal.internal.AccessLink.Purpose;
import se.huddinge.delaktighet.proposal.internal.AccessLinkRepository;

/**
 * The e-mailed one-time links: made here, checked here (wrong, used, expired: {@link AccessLink#problem}), used
 * here. Only a token's SHA-256 is stored. A link is locked when it is used, after the row it acts on (DD10).
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class Links {

    private final AccessLinkRepository links;
    private final Clock clock;

    Links(AccessLinkRepository links, Clock clock) {
        this.links = links;
        this.clock = clock;
    }

    /** A new link for {@code purpose} on the row {@code targetId}; returns the token for the letter. */
    String issue(Purpose purpose, long targetId, Duration validity) {
        String token = Tokens.newToken();
        links.save(new AccessLink(Tokens.hash(token), purpose, targetId, clock.instant().plus(validity)));
        return token;
    }

    /** A new link that proves {@code email} and points at nothing else. */
    String issueForAddress(Purpose purpose, String email, Duration validity) {
        String token = Tokens.newToken();
        links.save(AccessLink.forAddress(Tokens.hash(token), purpose, email, clock.instant().plus(validity)));
        return token;
    }

    /** The row a link points at, without locking anything; LINK_INVALID when there is no such link. */
    long target(String token, Purpose purpose) {
        return links.findTargetId(hash(token), purpose).orElseThrow(Links::invalid);
    }

    /** Uses the link once: locked, checked and marked used; else LINK_INVALID, LINK_USED or LINK_EXPIRED. */
    AccessLink use(String token, Purpose purpose) {
        Instant now = clock.instant();
        AccessLink link = links.lockByTokenHash(hash(token)).orElseThrow(Links::invalid);
        Reason problem = link.problem(purpose, now);
        if (problem != null) {
            throw new ProposalException(problem, "Link not usable: " + problem);
        }
        link.use(now);
        return link;
    }

    /** A link that may be followed again and again until it expires (the author's own link); not locked. */
    AccessLink reusable(String token, Purpose purpose) {
        return links.findByTokenHash(hash(token))
                .filter(l -> l.getPurpose() == purpose && clock.instant().isBefore(l.getExpiresAt()))
                .orElseThrow(Links::invalid);
    }

    /** What is wrong with a link now, without using it. */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    Optional<Reason> problem(String token, Purpose purpose) {
        AccessLink link = links.findByTokenHash(hash(token)).orElse(null);
        return Optional.ofNullable(link == null ? LINK_INVALID : link.problem(purpose, clock.instant()));
    }

    static String hash(String token) {
        return Tokens.hash(token == null ? "" : token);
    }

    private static ProposalException invalid() {
        return new ProposalException(LINK_INVALID, "No such link");
    }
}
