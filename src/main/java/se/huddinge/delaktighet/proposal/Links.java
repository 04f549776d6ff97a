package se.huddinge.delaktighet.proposal;

import static se.huddinge.delaktighet.proposal.ProposalException.Reason.LINK_INVALID;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.huddinge.delaktighet.base.LetterLinks;
import se.huddinge.delaktighet.base.OneTimeLink;
import se.huddinge.delaktighet.proposal.ProposalException.Reason;
import se.huddinge.delaktighet.proposal.internal.AccessLink;
import se.huddinge.delaktighet.proposal.internal.AccessLink.Purpose;
import se.huddinge.delaktighet.proposal.internal.AccessLinkRepository;

/**
 * The e-mailed links of proposals, supports and "Mina inskick": made here, checked here (by the one link rule,
 * {@link OneTimeLink}), used here. A link is made without a usable token; the letter that carries it mints one when
 * it leaves ({@link AccessLinkMint}). A link is locked when it is used, after the row it acts on (DD10).
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class Links {

    /** The kind of link in letter placeholders ({@link LetterLinks#placeholder}). */
    static final String KIND = "access";

    private final AccessLinkRepository links;
    private final Clock clock;

    Links(AccessLinkRepository links, Clock clock) {
        this.links = links;
        this.clock = clock;
    }

    /** A new link for {@code purpose} on the row {@code targetId}; returns its id for the letter. */
    long issue(Purpose purpose, long targetId, Duration validity) {
        return links.save(new AccessLink(purpose, targetId, clock.instant().plus(validity))).getId();
    }

    /** A new link that proves {@code email} and points at nothing else; returns its id for the letter. */
    long issueForAddress(Purpose purpose, String email, Duration validity) {
        return links.save(AccessLink.forAddress(purpose, email, clock.instant().plus(validity))).getId();
    }

    /** The row a link points at, without locking anything; LINK_INVALID when there is no such link. */
    long target(String token, Purpose purpose) {
        return idOf(token).flatMap(id -> links.findTargetId(id, purpose)).orElseThrow(Links::invalid);
    }

    /** Uses the link once: locked, checked and marked used; else LINK_INVALID, LINK_USED or LINK_EXPIRED. */
    AccessLink use(String token, Purpose purpose) {
        Instant now = clock.instant();
        AccessLink link = idOf(token).flatMap(links::lockById).filter(l -> l.matches(token))
                .orElseThrow(Links::invalid);
        Reason problem = link.problem(purpose, now);
        if (problem != null) {
            throw new ProposalException(problem, "Link not usable: " + problem);
        }
        link.use(now);
        return link;
    }

    /** A link that may be followed again and again until it expires (the author's own link); not locked. */
    AccessLink reusable(String token, Purpose purpose) {
        return idOf(token).flatMap(links::findById)
                .filter(l -> l.problem(purpose, clock.instant()) == null)
                .orElseThrow(Links::invalid);
    }

    /** What is wrong with a link now, without using it. */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    Optional<Reason> problem(String token, Purpose purpose) {
        AccessLink link = idOf(token).flatMap(links::findById).orElse(null);
        return Optional.ofNullable(link == null ? LINK_INVALID : link.problem(purpose, clock.instant()));
    }

    /** The author's own links to a proposal work at most until {@code until}: the matter has ended. */
    void endManageLinks(long proposalId, Instant until) {
        links.findByPurposeAndTargetId(Purpose.MANAGE_PROPOSAL, proposalId).forEach(l -> l.endBy(until));
    }

    private Optional<Long> idOf(String token) {
        return OneTimeLink.idOf(token, links::findIdByTokenHash, links::findIdByPreviousTokenHash);
    }

    static String hash(String token) {
        return OneTimeLink.hashOf(token);
    }

    private static ProposalException invalid() {
        return new ProposalException(LINK_INVALID, "No such link");
    }
}
