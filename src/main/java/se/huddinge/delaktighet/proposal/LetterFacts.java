package se.huddinge.delaktighet.proposal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a letter about a proposal may say, as the notification module gets it: a record of the proposal's facts, not
 * the entity. It holds the author's name and address (letters go to them), so only the letters' door hands it out
 * ({@link ProposalMailing}); the supporters who asked to hear come separately, a page at a time, and only for the
 * letters to them ({@link ProposalMailing#subscribersForLetters}).
 */
public record LetterFacts(long id, String reference, ProposalStatus status, String title, String authorName,
                          String authorEmail, String language, int supportCount, LocalDate moderationDue,
                          Instant supportEndsAt, LocalDate referralDue, String committee, String caseNumber,
                          LocalDate decisionDue, Decision decision, String decisionMotivation, LocalDate meetingDate,
                          String minutesRef, String ground, String groundNote, Long similarToId) {

    /** A supporter who asked to hear about the close and the decision. */
    public record Subscriber(String email, String language) {
    }

    /**
     * A page of subscribers, in the order of their support's id ({@link ProposalMailing#subscribersForLetters}).
     *
     * @param last the support id of the last one on the page (where the next page starts after); the page's start
     *             when it is empty
     */
    public record SubscriberPage(java.util.List<Subscriber> subscribers, long last) {
    }

    /** A follower (DD29): their address and language, and their own stop link (null before it exists). */
    public record Follower(Subscriber to, se.huddinge.delaktighet.base.LinkRef stopLink) {
    }

    /** A page of followers, in the order of their follow's id; {@code last} as in {@link SubscriberPage}. */
    public record FollowerPage(java.util.List<Follower> followers, long last) {
    }

    /** The proposal's facts, with the author's address only when {@code withAddress}. */
    static LetterFacts of(Proposal p, boolean withAddress) {
        return new LetterFacts(p.getId(), p.getReference(), p.getStatus(), p.getTitle(), p.getAuthorName(),
                withAddress ? p.getAuthorEmail() : null, p.getLanguage(), p.getSupportCount(), p.getModerationDue(), p.getSupportEndsAt(),
                p.getReferralDue(), p.getCommittee(), p.getCaseNumber(), p.getDecisionDue(), p.getDecision(),
                p.getDecisionMotivation(), p.getMeetingDate(), p.getMinutesRef(), p.getGround(), p.getGroundNote(),
                p.getSimilarToId());
    }
}
