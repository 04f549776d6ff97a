package se.huddinge.delaktighet.proposal;

import static se.huddinge.delaktighet.proposal.ProposalException.Reason.WRONG_STATE;
import static se.huddinge.delaktighet.proposal.ProposalStatus.*;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.DynamicUpdate;
import se.huddinge.delaktighet.base.Channel;
import se.huddinge.delaktighet.base.OnBehalf;
import org.hibernate.annotations.OptimisticLock;
import java.time.LocalDate;
import java.util.Set;

/**
 * A resident's proposal: the state machine of docs/design.md ("Huddingeförslag") in one place. Each transition checks the state it starts
 * from, records its time and returns; the service stores the timeline entry and publishes the event.
 * Personal data (name, e-mail) lives here and is shown to staff only.
 */
@Entity
@Table(name = "proposal")
@DynamicUpdate   // an update writes only the columns it changed: never a support count read before the last support (DD35)
public class Proposal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(unique = true, length = 20)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ProposalStatus status = SUBMITTED;

    @Column(nullable = false, length = 400)
    private String title;

    @Column(name = "body", nullable = false, columnDefinition = "TEXT")
    private String text;

    @Column(nullable = false, length = 100)
    private String district;

    @Column(nullable = false, length = 50)
    private String category;

    @Column(name = "author_name", nullable = false, length = 200)
    private String authorName;

    @Column(name = "author_email", nullable = false, length = 254)
    private String authorEmail;

    @Column(nullable = false, length = 8)
    private String language;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    /** How it came in (DD40): on the web, or registered by an officer on the resident's behalf. */
    @Embedded
    private OnBehalf cameIn = new OnBehalf();
    @Column(name = "confirmed_at")
    private Instant confirmedAt;
    @Column(name = "moderation_due")
    private LocalDate moderationDue;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Column(name = "support_ends_at")
    private Instant supportEndsAt;
    /**
     * Excluded from the version: a support is not a change a staff step depends on, so counting one never makes an
     * officer's step fail as "changed by someone else". The portal counts with one atomic update
     * ({@code ProposalRepository.countSupport}, DD35); no step writes the count back, as the entity is updated
     * column by column. Crossing the threshold changes the status, and that does bump the version.
     */
    @OptimisticLock(excluded = true)
    @Column(name = "support_count", nullable = false)
    private int supportCount;
    @Column(name = "threshold_reached_at")
    private Instant thresholdReachedAt;
    @Column(name = "referral_due")
    private LocalDate referralDue;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "ground", length = 40)
    private String ground;
    @Column(name = "ground_note", length = 1000)
    private String groundNote;
    @Column(name = "similar_to_id")
    private Long similarToId;
    @Column(name = "referred_at")
    private Instant referredAt;
    @Column(length = 40)
    private String committee;
    @Column(name = "case_number", length = 60)
    private String caseNumber;
    @Column(name = "decision_due")
    private LocalDate decisionDue;
    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Decision decision;
    @Column(name = "decision_motivation", length = 4000)
    private String decisionMotivation;
    @Column(name = "meeting_date")
    private LocalDate meetingDate;
    @Column(name = "minutes_ref", length = 500)
    private String minutesRef;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    protected Proposal() {
    }

    Proposal(String title, String text, String district, String category, String authorName, String authorEmail,
             String language, Instant now) {
        this.title = title;
        this.text = text;
        this.district = district;
        this.category = category;
        this.authorName = authorName;
        this.authorEmail = authorEmail;
        this.language = language;
        this.submittedAt = now;
    }

    /** An officer registers it on the resident's behalf: the channel, the identification, the consent (DD40). */
    void registeredOnBehalf(Channel channel, String identifiedBy, String registeredBy, Instant consentAt) {
        require(Set.of(SUBMITTED), "register");
        this.cameIn = new OnBehalf(channel, identifiedBy, registeredBy, consentAt);
    }

    private void require(Set<ProposalStatus> from, String action) {
        if (!from.contains(status)) {
            throw new ProposalException(WRONG_STATE, "Cannot " + action + " a proposal that is " + status);
        }
    }

    void confirm(String reference, Instant now, LocalDate moderationDue) {
        require(Set.of(SUBMITTED), "confirm");
        this.reference = reference;
        this.confirmedAt = now;
        this.moderationDue = moderationDue;
        this.status = IN_MODERATION;
    }

    void publish(Instant now, Instant supportEndsAt) {
        require(Set.of(IN_MODERATION), "publish");
        this.publishedAt = now;
        this.supportEndsAt = supportEndsAt;
        this.status = PUBLISHED;
    }

    void reject(String ground, String note, Long similarToId, Instant now) {
        require(Set.of(IN_MODERATION), "reject");
        this.ground = ground;
        this.groundNote = note;
        this.similarToId = similarToId;
        this.closedAt = now;
        this.status = NOT_PUBLISHED;
    }

    /** Whether a support given at {@code now} counts: published or past the threshold, within the period. */
    public boolean isOpenForSupport(Instant now) {
        return (status == PUBLISHED || status == THRESHOLD_REACHED) && now.isBefore(supportEndsAt);
    }

    /**
     * Counts one support. Returns true when this support took the proposal to the threshold: that happens once,
     * because only a PUBLISHED proposal can cross it and crossing leaves PUBLISHED.
     */
    boolean addSupport(Instant now, int threshold, LocalDate referralDue) {
        if (!isOpenForSupport(now)) {
            throw new ProposalException(ProposalException.Reason.SUPPORT_CLOSED, "Support period is closed");
        }
        supportCount++;
        return reachThreshold(now, threshold, referralDue);
    }

    /**
     * After a support was counted ({@code ProposalRepository.countSupport}, which holds the row's lock until the
     * commit): true when the count has reached the threshold and the proposal was still PUBLISHED. It then leaves
     * PUBLISHED, so this is true once (DD35).
     */
    boolean reachThreshold(Instant now, int threshold, LocalDate referralDue) {
        if (status == PUBLISHED && supportCount >= threshold) {
            status = THRESHOLD_REACHED;
            thresholdReachedAt = now;
            this.referralDue = referralDue;
            return true;
        }
        return false;
    }

    /** The support period ended; below the threshold the proposal closes (and stays listed). */
    boolean closeIfPeriodEnded(Instant now) {
        if (status == PUBLISHED && !now.isBefore(supportEndsAt)) {
            status = CLOSED_BELOW_THRESHOLD;
            closedAt = now;
            return true;
        }
        return false;
    }

    /** The due date of the step this proposal is waiting for, or null when it waits for none. */
    public LocalDate dueDate(ProposalEvents.Step step) {
        return switch (step) {
            case MODERATION -> status == IN_MODERATION ? moderationDue : null;
            case REFERRAL -> status == THRESHOLD_REACHED ? referralDue : null;
            case DECISION -> status == REFERRED ? decisionDue : null;
        };
    }

    /** The step is late: its due date moves to {@code newDue} (the submitter is told). */
    void postpone(ProposalEvents.Step step, LocalDate newDue) {
        if (dueDate(step) == null) {
            throw new ProposalException(WRONG_STATE, "Not waiting for " + step);
        }
        switch (step) {
            case MODERATION -> moderationDue = newDue;
            case REFERRAL -> referralDue = newDue;
            case DECISION -> decisionDue = newDue;
        }
    }

    void refer(String committee, String caseNumber, Instant now, LocalDate decisionDue) {
        require(Set.of(THRESHOLD_REACHED), "refer");
        this.committee = committee;
        this.caseNumber = caseNumber;
        this.referredAt = now;
        this.decisionDue = decisionDue;
        this.status = REFERRED;
    }

    void decide(Decision decision, String motivation, LocalDate meetingDate, String minutesRef, Instant now) {
        require(Set.of(REFERRED), "decide");
        this.decision = decision;
        this.decisionMotivation = motivation;
        this.meetingDate = meetingDate;
        this.minutesRef = minutesRef;
        this.decidedAt = now;
        this.status = DECIDED;
    }

    void withdraw(Instant now) {
        if (!WITHDRAWABLE.contains(status)) {
            throw new ProposalException(ProposalException.Reason.NOT_WITHDRAWABLE, "Cannot withdraw when " + status);
        }
        this.withdrawnAt = now;
        this.status = WITHDRAWN;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public String getReference() { return reference; }
    public ProposalStatus getStatus() { return status; }
    public String getTitle() { return title; }
    public String getText() { return text; }
    public String getDistrict() { return district; }
    public String getCategory() { return category; }
    public String getAuthorName() { return authorName; }
    public String getAuthorEmail() { return authorEmail; }
    public String getLanguage() { return language; }
    public Instant getSubmittedAt() { return submittedAt; }
    public Instant getConfirmedAt() { return confirmedAt; }
    public LocalDate getModerationDue() { return moderationDue; }
    public Instant getPublishedAt() { return publishedAt; }
    public Instant getSupportEndsAt() { return supportEndsAt; }
    public int getSupportCount() { return supportCount; }
    public Instant getThresholdReachedAt() { return thresholdReachedAt; }
    public LocalDate getReferralDue() { return referralDue; }
    public Instant getClosedAt() { return closedAt; }
    public String getGround() { return ground; }
    public String getGroundNote() { return groundNote; }
    public Long getSimilarToId() { return similarToId; }
    public Instant getReferredAt() { return referredAt; }
    public String getCommittee() { return committee; }
    public String getCaseNumber() { return caseNumber; }
    public LocalDate getDecisionDue() { return decisionDue; }
    public Decision getDecision() { return decision; }
    public String getDecisionMotivation() { return decisionMotivation; }
    public LocalDate getMeetingDate() { return meetingDate; }
    public String getMinutesRef() { return minutesRef; }
    public Instant getDecidedAt() { return decidedAt; }
    public Instant getWithdrawnAt() { return withdrawnAt; }
}
