package se.huddinge.delaktighet.nomination.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * One committee member's review of one nomination: a score from 1 to 5 per criterion with an optional comment, or a
 * declared conflict of interest. A recusal is final: the member cannot then score the nomination.
 */
@Entity
@Table(name = "nomination_review")
public class NominationReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "nomination_id", nullable = false, updatable = false)
    private Long nominationId;
    @Column(nullable = false, updatable = false)
    private String member;
    @Column(nullable = false)
    private boolean recused;
    private String comment;
    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "nomination_score", joinColumns = @JoinColumn(name = "review_id"))
    @MapKeyColumn(name = "criterion_id")
    @Column(name = "score", nullable = false)
    private Map<Long, Integer> scores = new HashMap<>();

    protected NominationReview() {
    }

    public NominationReview(long nominationId, String member) {
        this.nominationId = nominationId;
        this.member = member;
    }

    /** Scores every criterion (1–5), replacing an earlier score by the same member. */
    public void score(Map<Long, Integer> byCriterion, String comment, Instant now) {
        if (recused) {
            throw new IllegalStateException("A member who declared a conflict of interest cannot score");
        }
        scores.clear();
        scores.putAll(byCriterion);
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
        this.submittedAt = now;
    }

    public void recuse(Instant now) {
        recused = true;
        scores.clear();
        comment = null;
        submittedAt = now;
    }

    public void forgetComment() {
        comment = null;
    }

    public String getMember() { return member; }
    public boolean isRecused() { return recused; }
    public String getComment() { return comment; }
    public Map<Long, Integer> getScores() { return Map.copyOf(scores); }
}
