package se.huddinge.delaktighet.nomination;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * A nomination for Demokratipriset. It counts once the nominator follows the e-mailed link while the round still
 * accepts nominations; followed after the deadline it is kept as {@link Status#TOO_LATE} and does not count. Only
 * the SHA-256 of the link's token is stored. The nominator's and nominee's contact details are for staff only and
 * are anonymised after the round's retention period.
 */
@Entity
@Table(name = "nomination")
public class Nomination {

    /** Where a nomination stands. */
    public enum Status { AWAITING_CONFIRMATION, CONFIRMED, TOO_LATE }

    /** Who is nominated. */
    public enum Kind { PERSON, GROUP, ASSOCIATION, ORGANISATION }

    static final String ANONYMISED = se.huddinge.delaktighet.base.Anonymised.MARK;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    @Column(name = "round_id", nullable = false, updatable = false)
    private Long roundId;
    private String reference;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;
    @Column(name = "nominee_name", nullable = false)
    private String nomineeName;
    @Enumerated(EnumType.STRING)
    @Column(name = "nominee_kind", nullable = false)
    private Kind nomineeKind;
    @Column(name = "nominee_tie", nullable = false)
    private String nomineeTie;
    @Column(name = "nominee_knows", nullable = false)
    private boolean nomineeKnows;
    @Column(name = "nominee_contact")
    private String nomineeContact;
    @Column(name = "nominator_name", nullable = false)
    private String nominatorName;
    @Column(name = "nominator_email", nullable = false)
    private String nominatorEmail;
    @Column(name = "nominator_phone")
    private String nominatorPhone;
    @Column(nullable = false)
    private String language;
    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;
    @Column(name = "token_hash")
    private String tokenHash;
    @Column(name = "link_expires_at", nullable = false)
    private Instant linkExpiresAt;
    @Column(name = "confirmed_at")
    private Instant confirmedAt;
    @Column(nullable = false)
    private boolean won;
    private String citation;
    @Column(name = "anonymised_at")
    private Instant anonymisedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "nomination_motivation", joinColumns = @JoinColumn(name = "nomination_id"))
    @MapKeyColumn(name = "criterion_id")
    @Column(name = "text", nullable = false)
    private Map<Long, String> motivations = new HashMap<>();

    protected Nomination() {
    }

    /** A checked form, saved at {@code now}, waiting for its address to be proven by the link whose hash is given. */
    Nomination(long roundId, NominationForm f, String email, String language, Instant now, String tokenHash,
               Instant linkExpiresAt) {
        this.roundId = roundId;
        this.status = Status.AWAITING_CONFIRMATION;
        this.nomineeName = f.nomineeName().strip();
        this.nomineeKind = f.kind();
        this.nomineeTie = f.tie().strip();
        this.nomineeKnows = f.nomineeKnows();
        this.nomineeContact = blankToNull(f.nomineeContact());
        this.nominatorName = f.nominatorName().strip();
        this.nominatorEmail = email;
        this.nominatorPhone = blankToNull(f.phone());
        this.language = language;
        this.submittedAt = now;
        this.tokenHash = tokenHash;
        this.linkExpiresAt = linkExpiresAt;
        f.motivations().forEach((criterion, text) -> motivations.put(criterion, text.strip()));
    }

    /**
     * The nominator followed the link at {@code now}: the nomination counts if the round still accepts nominations,
     * and gets its number; otherwise it is kept as too late. Returns whether it counts.
     */
    boolean confirm(PrizeRound round, Instant now, java.util.function.Supplier<String> nextReference) {
        if (status != Status.AWAITING_CONFIRMATION) {
            throw new NominationException(NominationException.Reason.LINK_USED);
        }
        if (now.isAfter(linkExpiresAt)) {
            throw new NominationException(NominationException.Reason.LINK_EXPIRED);
        }
        confirmedAt = now;
        if (!round.acceptsNominationsAt(now)) {
            status = Status.TOO_LATE;
            return false;
        }
        status = Status.CONFIRMED;
        reference = nextReference.get();
        return true;
    }

    void chooseAsWinner(String citation) {
        if (status != Status.CONFIRMED) {
            throw new IllegalStateException("Only a nomination that counts can win");
        }
        this.won = true;
        this.citation = citation.strip();
    }

    /**
     * Forgets the personal data: the nominator and the nominee's contact always; the nominee's name, tie and the
     * motivations unless the nominee won (the winners' names and citations are public).
     */
    void anonymise(Instant now) {
        nominatorName = ANONYMISED;
        nominatorEmail = ANONYMISED;
        nominatorPhone = null;
        nomineeContact = null;
        tokenHash = null;
        motivations.replaceAll((criterion, text) -> ANONYMISED);
        if (!won) {
            nomineeName = ANONYMISED;
            nomineeTie = ANONYMISED;
        }
        anonymisedAt = now;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long getId() { return id; }
    public Long getRoundId() { return roundId; }
    public String getReference() { return reference; }
    public Status getStatus() { return status; }
    public boolean counts() { return status == Status.CONFIRMED; }
    public String getNomineeName() { return nomineeName; }
    public Kind getNomineeKind() { return nomineeKind; }
    public String getNomineeTie() { return nomineeTie; }
    public boolean nomineeKnows() { return nomineeKnows; }
    public String getNomineeContact() { return nomineeContact; }
    public String getNominatorName() { return nominatorName; }
    public String getNominatorEmail() { return nominatorEmail; }
    public String getNominatorPhone() { return nominatorPhone; }
    public String getLanguage() { return language; }
    public Instant getSubmittedAt() { return submittedAt; }
    public Instant getConfirmedAt() { return confirmedAt; }
    public boolean isWon() { return won; }
    public String getCitation() { return citation; }
    public String motivation(long criterionId) { return motivations.getOrDefault(criterionId, ""); }
    public java.util.Set<Long> answeredCriteria() { return java.util.Set.copyOf(motivations.keySet()); }
    public boolean isAnonymised() { return anonymisedAt != null; }
}
