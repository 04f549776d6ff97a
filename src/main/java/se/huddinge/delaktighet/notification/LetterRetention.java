package se.huddinge.delaktighet.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.huddinge.delaktighet.base.Anonymised;
import se.huddinge.delaktighet.nomination.NominationRef;
import se.huddinge.delaktighet.notification.internal.LetterRepository;

/**
 * What the outbox keeps of a letter, and for how long. A letter's text is kept while staff may need to send it
 * again; then only its metadata stays (which letter, about what, to whom, its state and dates), and when its matter's
 * personal data goes, its recipient goes too. The retention job (module {@code privacy}) says when; every step runs
 * in the caller's transaction, beside the matter's own.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class LetterRetention {

    private final LetterRepository letters;

    LetterRetention(LetterRepository letters) {
        this.letters = letters;
    }

    /**
     * Deletes the text of at most {@code batch} letters delivered, or finally refused, before {@code before}; returns
     * how many. A "Mina inskick" letter is about nothing but the address it went to, so it loses its recipient too.
     */
    public int deleteContentBefore(Instant before, Instant now, int batch) {
        String addressOnly = MySubmissionsLetters.SUBJECT_REF;
        int contents = letters.deleteContentSentBefore(before, now, batch, addressOnly, Anonymised.MARK);
        if (contents < batch) {
            contents += letters.deleteContentFailedBefore(before, now, batch - contents, addressOnly, Anonymised.MARK);
        }
        return contents;
    }

    /** The letters about a proposal that was never confirmed and is deleted. */
    public int deleteAboutUnconfirmedProposal(long proposalId) {
        return letters.deleteAbout(Letters.proposalRef(proposalId, null));
    }

    /** The letters about a nomination that was never confirmed and is deleted. */
    public int deleteAboutUnconfirmedNomination(long nominationId) {
        return letters.deleteAbout(PrizeLetterWriter.nominationRef(nominationId, null));
    }

    /**
     * Every letter about a proposal whose personal data is anonymised: to its author and to its supporters, also
     * those filed before it had its number.
     */
    public int forgetAboutProposal(long proposalId, String reference, Instant now) {
        var refs = reference == null ? List.of(Letters.proposalRef(proposalId, null))
                : List.of(reference, Letters.proposalRef(proposalId, null));
        return letters.forgetAbout(refs, Anonymised.MARK, now);
    }

    /** The confirmation letters of support requests that were never confirmed and are deleted. */
    public int forgetSupportRequests(Collection<Long> supportIds, Instant now) {
        return forgetConfirmations(ProposalLetter.SUPPORT_CONFIRM_EMAIL, supportIds, now);
    }

    /** The confirmation letters of comments that were never confirmed and are deleted (DD28). */
    public int forgetCommentRequests(Collection<Long> commentIds, Instant now) {
        return forgetConfirmations(CommentLetter.CONFIRM_EMAIL, commentIds, now);
    }

    /** The confirmation letters of follows that were never confirmed and are deleted (DD29). */
    public int forgetFollowRequests(Collection<Long> followIds, Instant now) {
        return forgetConfirmations(ProposalLetter.FOLLOW_CONFIRM_EMAIL, followIds, now);
    }

    /** The letters of {@code kind} whose key starts with one of the ids (the link's id follows it). */
    private int forgetConfirmations(LetterKind kind, Collection<Long> ids, Instant now) {
        int n = 0;
        for (Long id : ids) {
            n += letters.forgetByKeyPrefix(kind.dedupKey(id) + ":", Anonymised.MARK, now);
        }
        return n;
    }

    /** Every letter about these nominations, once their round's personal data is anonymised. */
    public int forgetAboutNominations(Collection<NominationRef> nominations, Instant now) {
        if (nominations.isEmpty()) {
            return 0;
        }
        var refs = new java.util.ArrayList<String>();
        for (NominationRef n : nominations) {
            refs.add(PrizeLetterWriter.nominationRef(n.id(), null));     // letters written before it was confirmed
            if (n.reference() != null) {
                refs.add(n.reference());
            }
        }
        return letters.forgetAbout(refs, Anonymised.MARK, now);
    }
}
