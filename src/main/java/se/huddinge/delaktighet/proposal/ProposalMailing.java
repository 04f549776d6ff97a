package se.huddinge.delaktighet.proposal;

import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.huddinge.delaktighet.proposal.internal.FollowRepository;
import se.huddinge.delaktighet.proposal.internal.ProposalRepository;
import se.huddinge.delaktighet.proposal.internal.SupportRepository;
import se.huddinge.delaktighet.security.SignedIn;
import se.huddinge.delaktighet.security.StaffRole;

/**
 * The letters' door to residents' addresses: the author's and the supporters', for the {@code notification} module's
 * listeners, which write letters with nobody signed in. Each method that hands out an address refuses every other
 * caller ({@link SignedIn#requireSystem()}): a page, whoever is signed in to it, never gets an address here. Staff
 * read an author's address through {@link ProposalCaseService#authorAddress}, which checks their role instead.
 */
@Service
public class ProposalMailing {

    private final ProposalRepository proposals;
    private final SupportRepository supports;
    private final SignedIn signedIn;
    private final FollowRepository follows;

    ProposalMailing(ProposalRepository proposals, SupportRepository supports, SignedIn signedIn,
                    FollowRepository follows) {
        this.proposals = proposals;
        this.supports = supports;
        this.signedIn = signedIn;
        this.follows = follows;
    }

    /** What a letter may say about the proposal, with the author's name and address. */
    @Transactional(readOnly = true)
    public LetterFacts letterFacts(long proposalId) {
        signedIn.requireSystem();
        return LetterFacts.of(proposals.findById(proposalId).orElseThrow(ProposalService::notFound), true);
    }

    /**
     * For the letters to supporters only: those who asked to hear about the close, the decision and a take-up, one
     * page at a time (at most {@code max}, after the support id {@code after}, 0 for the first page), so that 100,000
     * of them are never read at once.
     */
    @Transactional(readOnly = true)
    public LetterFacts.SubscriberPage subscribersForLetters(long proposalId, long after, int max) {
        signedIn.requireSystem();
        var page = supports.findSubscribersAfter(proposalId, after, Limit.of(max));
        return new LetterFacts.SubscriberPage(page.stream()
                .map(s -> new LetterFacts.Subscriber(s.getEmail(), s.getLanguage())).toList(),
                page.isEmpty() ? after : page.getLast().getId());
    }

    /** For the support letters: the supporter's address and language. */
    @Transactional(readOnly = true)
    public LetterFacts.Subscriber supporter(long supportId) {
        signedIn.requireSystem();
        var s = supports.findById(supportId).orElseThrow(ProposalService::notFound);
        return new LetterFacts.Subscriber(s.getEmail(), s.getLanguage());
    }

    /** An earlier proposal a letter points at ("similar to"): its number and state, which are public. */
    @Transactional(readOnly = true)
    public ProposalReads.StatusOnly earlier(long proposalId) {
        return ProposalReads.StatusOnly.of(proposals.findById(proposalId).orElseThrow(ProposalService::notFound));
    }

    /** The template editor's preview: what a letter would say about the proposal, without the author's address. */
    @Transactional(readOnly = true)
    @PreAuthorize(StaffRole.IS_ADMIN)
    public LetterFacts preview(long proposalId) {
        return LetterFacts.of(proposals.findById(proposalId).orElseThrow(ProposalService::notFound), false);
    }

    /**
     * For the letters to followers only (DD29): those who follow the proposal, one page at a time in the order of
     * their follow's id (at most {@code max}, after {@code after}, 0 for the first page), each with their stop link.
     */
    @Transactional(readOnly = true)
    public LetterFacts.FollowerPage followersForLetters(long proposalId, long after, int max) {
        signedIn.requireSystem();
        var page = follows.findFollowersAfter(proposalId, after, Limit.of(max));
        return new LetterFacts.FollowerPage(page.stream().map(f -> new LetterFacts.Follower(
                new LetterFacts.Subscriber(f.getEmail(), f.getLanguage()), f.getStopLinkId() == null ? null
                : new se.huddinge.delaktighet.base.LinkRef(Links.KIND, f.getStopLinkId()))).toList(),
                page.isEmpty() ? after : page.getLast().getId());
    }

    /** For the follow link letter: the address that asked to follow, and its language. */
    @Transactional(readOnly = true)
    public LetterFacts.Subscriber follower(long followId) {
        signedIn.requireSystem();
        var f = follows.findById(followId).orElseThrow(ProposalService::notFound);
        return new LetterFacts.Subscriber(f.getEmail(), f.getLanguage());
    }
}
