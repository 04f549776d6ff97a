package se.huddinge.delaktighet.notification.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One round of letters to every supporter of a proposal who asked to hear (a decision, a close, a take-up), written
 * in batches: how far it has come is its cursor, the last support id that has its letter. The cursor moves in the
 * same transaction as the batch's letters, so a batch is written whole or not at all. Holds ids only, no address.
 */
@Entity
@Table(name = "letter_fan_out")
public class LetterFanOut {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "fan_out_key", nullable = false, unique = true, updatable = false)
    private String fanOutKey;

    /** The letter each subscriber gets (a {@code ProposalLetter}'s name). */
    @Column(nullable = false, updatable = false)
    private String letter;

    @Column(name = "proposal_id", nullable = false, updatable = false)
    private long proposalId;

    @Column(name = "take_up_id", updatable = false)
    private Long takeUpId;

    @Column(name = "after_support_id", nullable = false)
    private long afterSupportId;

    /** The followers' cursor: they get the round's letter first, in the order of their follow's id (DD29). */
    @Column(name = "after_follow_id", nullable = false)
    private long afterFollowId;

    @Column(name = "followers_done", nullable = false)
    private boolean followersDone;

    /** The implementation update the round's letter is about (DD29), or null. */
    @Column(name = "implementation_update_id", updatable = false)
    private Long implementationUpdateId;

    @Column(nullable = false)
    private int written;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "done_at")
    private Instant doneAt;

    protected LetterFanOut() {
    }

    public LetterFanOut(String key, String letter, long proposalId, Long takeUpId, Instant now) {
        this(key, letter, proposalId, takeUpId, null, now);
    }

    public LetterFanOut(String key, String letter, long proposalId, Long takeUpId, Long implementationUpdateId,
                        Instant now) {
        this.implementationUpdateId = implementationUpdateId;
        this.fanOutKey = key;
        this.letter = letter;
        this.proposalId = proposalId;
        this.takeUpId = takeUpId;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /** A batch was written: the cursor moves past it; a batch shorter than asked for was the last. */
    public void advance(long lastSupportId, int letters, boolean last, Instant now) {
        afterSupportId = lastSupportId;
        written += letters;
        lastError = null;
        if (last) {
            doneAt = now;
        }
    }

    /**
     * A batch of followers was written: their cursor moves past it; a short batch was their last, and the round's
     * last when it goes to followers only.
     */
    public void advanceFollowers(long lastFollowId, int letters, boolean last, boolean followersOnly, Instant now) {
        afterFollowId = lastFollowId;
        written += letters;
        lastError = null;
        followersDone = last;
        if (last && followersOnly) {
            doneAt = now;
        }
    }

    public long getAfterFollowId() {
        return afterFollowId;
    }

    public boolean isFollowersDone() {
        return followersDone;
    }

    public Long getImplementationUpdateId() {
        return implementationUpdateId;
    }

    public Long getId() {
        return id;
    }

    public String getLetter() {
        return letter;
    }

    public long getProposalId() {
        return proposalId;
    }

    public Long getTakeUpId() {
        return takeUpId;
    }

    public long getAfterSupportId() {
        return afterSupportId;
    }

    public int getAttempts() {
        return attempts;
    }
}
