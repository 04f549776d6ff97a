package se.huddinge.delaktighet.proposal;

import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
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

    ProposalMailing(ProposalRepository proposals, SupportRepository supports, SignedIn signedIn) {
        this.proposals = proposals;
        this.supports = supports;
        this.signedIn = signedIn;
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
}
