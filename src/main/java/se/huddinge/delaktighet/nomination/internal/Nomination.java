package se.huddinge.delaktighet.nomination.internal;

import jakarta.persistence.AttributeOverride;
import org.hibernate.annotations.DynamicUpdate;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
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
import java.util.Optional;
import se.huddinge.delaktighet.base.InputCheck;
import se.huddinge.delaktighet.base.OnBehalf;
import se.huddinge.delaktighet.base.OneTimeLink;
import se.huddinge.delaktighet.nomination.NominationException;
import se.huddinge.delaktighet.nomination.NominationForm;
import se.huddinge.delaktighet.nomination.NominationStatus;
import se.huddinge.delaktighet.nomination.NomineeKind;

/**
 * A nomination for Demokratipriset. It counts once the nominator follows the e-mailed link while the round still
 * accepts nominations; followed after the deadline it is kept as {@link NominationStatus#TOO_LATE} and does not
 * count. It leaves the module as records ({@code PrizeReview.Nominated}, {@code NominationFacts}). Only
 * the SHA-256 of the link's token is stored. The nominator's and nominee's contact details are for staff only and
 * are anonymised after the round's retention period.
 * <p>
 * The link follows the portal's one link rule ({@link OneTimeLink}): only token hashes are stored, and the token is
 * minted when the confirmation letter leaves (DD13); a nomination not awaiting confirmation counts as a used link.
 */
@Entity
@Table(name = "nomination")
// an update writes only the columns it changed: minting the link (one UPDATE of its columns, as the letter leaves)
// and a decision on the same row never overwrite each other
@DynamicUpdate
public class Nomination {

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
    private NominationStatus status;
    @Column(name = "nominee_name", nullable = false)
    private String nomineeName;
    @Enumerated(EnumType.STRING)
    @Column(name = "nominee_kind", nullable = false)
    private NomineeKind nomineeKind;
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
    /** The e-mailed confirmation link, by the portal's one link rule (hashes only; used when confirmed). */
    @Embedded
    @AttributeOverride(name = "previousTokenHash", column = @Column(name = "link_previous_hash"))
    @AttributeOverride(name = "expiresAt", column = @Column(name = "link_expires_at", nullable = false))
    @AttributeOverride(name = "usedAt", column = @Column(name = "link_used_at"))
    private OneTimeLink link;
    @Column(name = "confirmed_at")
    private Instant confirmedAt;
    @Column(nullable = false)
    private boolean won;
    private String citation;
    @Column(name = "anonymised_at")
    private Instant anonymisedAt;
    /** On the web, or registered by an officer on the nominator's behalf (DD42). */
    @Embedded
    private OnBehalf cameIn = new OnBehalf();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "nomination_motivation", joinColumns = @JoinColumn(name = "nomination_id"))
    @MapKeyColumn(name = "criterion_id")
    @Column(name = "text", nullable = false)
    private Map<Long, String> motivations = new HashMap<>();

    protected Nomination() {
    }

    /** A checked form, saved at {@code now}, waiting for its address to be proven by a link that works until then. */
    public Nomination(long roundId, NominationForm f, String email, String language, Instant now, Instant linkExpiresAt) {
        this.roundId = roundId;
        this.status = NominationStatus.AWAITING_CONFIRMATION;
        this.nomineeName = InputCheck.clean(f.nomineeName());
        this.nomineeKind = f.kind();
        this.nomineeTie = InputCheck.clean(f.tie());
        this.nomineeKnows = f.nomineeKnows();
        this.nomineeContact = blankToNull(f.nomineeContact());
        this.nominatorName = InputCheck.clean(f.nominatorName());
        this.nominatorEmail = email;
        this.nominatorPhone = blankToNull(f.phone());
        this.language = language;
        this.submittedAt = now;
        this.link = OneTimeLink.unsent(linkExpiresAt);
        f.motivations().forEach((criterion, text) -> motivations.put(criterion, InputCheck.clean(text)));
    }

    /**
     * A checked form an officer registered on the nominator's behalf at {@code now}, while the round accepts
     * nominations (DD42): the officer identified the person, so there is no link to follow and it counts at once
     * with its number. {@code recipient} is the nominator's e-mail address or postal recipient string.
     */
    public static Nomination onBehalf(PrizeRound round, NominationForm f, String recipient, String language,
                                      OnBehalf cameIn, Instant now, java.util.function.Supplier<String> nextReference) {
        if (!round.acceptsNominationsAt(now)) {
            throw new IllegalStateException("The round does not accept nominations now");
        }
        var n = new Nomination(round.getId(), f, recipient, language, now, now);
        n.cameIn = cameIn;
        n.link.use(now);
        n.confirmedAt = now;
        n.status = NominationStatus.CONFIRMED;
        n.reference = nextReference.get();
        return n;
    }

    /**
     * The nominator followed the link at {@code now}: the nomination counts if the round still accepts nominations,
     * and gets its number; otherwise it is kept as too late. Returns whether it counts.
     */
    public boolean confirm(PrizeRound round, Instant now, java.util.function.Supplier<String> nextReference) {
        var problem = status != NominationStatus.AWAITING_CONFIRMATION ? Optional.of(OneTimeLink.Problem.USED) : link.problem(now);
        if (problem.isPresent()) {
            throw new NominationException(switch (problem.get()) {
                case UNKNOWN -> NominationException.Reason.LINK_INVALID;
                case USED -> NominationException.Reason.LINK_USED;
                case EXPIRED -> NominationException.Reason.LINK_EXPIRED;
            });
        }
        link.use(now);
        confirmedAt = now;
        if (!round.acceptsNominationsAt(now)) {
            status = NominationStatus.TOO_LATE;
            return false;
        }
        status = NominationStatus.CONFIRMED;
        reference = nextReference.get();
        return true;
    }

    public void chooseAsWinner(String citation) {
        if (status != NominationStatus.CONFIRMED) {
            throw new IllegalStateException("Only a nomination that counts can win");
        }
        this.won = true;
        this.citation = citation.strip();
    }

    /**
     * Forgets the personal data: the nominator and the nominee's contact always; the nominee's name, tie and the
     * motivations unless the nominee won (the winners' names and citations are public).
     */
    public void anonymise(Instant now) {
        nominatorName = ANONYMISED;
        nominatorEmail = ANONYMISED;
        nominatorPhone = null;
        nomineeContact = null;
        link.forget();
        cameIn.forget();
        motivations.replaceAll((criterion, text) -> ANONYMISED);
        if (!won) {
            nomineeName = ANONYMISED;
            nomineeTie = ANONYMISED;
        }
        anonymisedAt = now;
    }

    public boolean linkMatches(String token) {
        return link.matches(token);
    }

    /** A fresh token for the confirmation letter that is leaving now ({@link OneTimeLink#mint}). */
    public String mintLink() {
        return link.mint();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : InputCheck.clean(s);
    }

    public Long getId() { return id; }
    public Long getRoundId() { return roundId; }
    public String getReference() { return reference; }
    public NominationStatus getStatus() { return status; }
    public boolean counts() { return status == NominationStatus.CONFIRMED; }
    public String getNomineeName() { return nomineeName; }
    public NomineeKind getNomineeKind() { return nomineeKind; }
    public String getNomineeTie() { return nomineeTie; }
    public boolean nomineeKnows() { return nomineeKnows; }
    public String getNomineeContact() { return nomineeContact; }
    public String getNominatorName() { return nominatorName; }
    public String getNominatorEmail() { return nominatorEmail; }
    public String getNominatorPhone() { return nominatorPhone; }
    public String getLanguage() { return language; }
    public Instant getSubmittedAt() { return submittedAt; }
    public OnBehalf cameIn() { return cameIn; }
    public boolean isWon() { return won; }
    public String getCitation() { return citation; }
    public String motivation(long criterionId) { return motivations.getOrDefault(criterionId, ""); }
    public java.util.Set<Long> answeredCriteria() { return java.util.Set.copyOf(motivations.keySet()); }
}
