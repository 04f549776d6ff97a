package se.huddinge.delaktighet.nomination.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import se.huddinge.delaktighet.base.form.InvalidInput;
import se.huddinge.delaktighet.base.form.Reason;
import se.huddinge.delaktighet.nomination.RoundFacts;
import se.huddinge.delaktighet.nomination.RoundForm;
import se.huddinge.delaktighet.nomination.RoundFormField;

/**
 * One year's Demokratipriset and the rules of its round, as stored; it leaves the module as {@link RoundFacts}, which
 * also holds the rules of its dates (the deadline is the end of the minute given, {@link RoundFacts#endOfMinute}).
 */
@Entity
@Table(name = "prize_round")
public class PrizeRound {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "round_year", nullable = false, unique = true)
    private int year;

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;

    @Column(name = "award_day")
    private LocalDate awardDay;

    @Column(name = "prize_sum_sek", nullable = false)
    private int prizeSumSek;

    @Column(nullable = false)
    private int winners;

    @Column(name = "about_sv", nullable = false, length = 4000)
    private String aboutSv;

    @Column(name = "about_en", nullable = false, length = 4000)
    private String aboutEn;

    /** Optional (DD43): null when the administrator wrote none, and a Finnish page shows the Swedish. */
    @Column(name = "about_fi", length = 4000)
    private String aboutFi;

    @Column(nullable = false)
    private boolean decided;

    @Column(name = "form_decided_on")
    private LocalDate formDecidedOn;
    @Column(name = "form_decision")
    private String formDecision;
    @Column(name = "call_announced_on")
    private LocalDate callAnnouncedOn;
    @Column(name = "award_place")
    private String awardPlace;
    @Column(name = "scoring_due")
    private LocalDate scoringDue;
    @Column(name = "self_nomination", nullable = false)
    private boolean selfNomination;
    @Column(name = "retention_months", nullable = false)
    private int retentionMonths = 12;
    private String chair;
    @Column(name = "meeting_date")
    private LocalDate meetingDate;
    @Column(name = "minutes_ref")
    private String minutesRef;
    @Column(name = "announce_on")
    private LocalDate announceOn;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Column(name = "anonymised_at")
    private Instant anonymisedAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "round_id", nullable = false)
    @OrderBy("position")
    private List<PrizeCriterion> criteria = new ArrayList<>();

    protected PrizeRound() {
    }

    /** A round from the administrator's form; throws {@link InvalidInput} when a rule is broken. */
    public PrizeRound(RoundForm form, ZoneId zone) {
        update(form, zone, Received.NOTHING);
    }

    /** What the round has already received, which a change must not invalidate. */
    public record Received(Instant newestNomination, Set<Long> answeredCriteria) {
        static final Received NOTHING = new Received(null, Set.of());
    }

    /** Applies the administrator's form, all or nothing. */
    public void update(RoundForm f, ZoneId zone, Received received) {
        var problems = RoundFormCheck.problems(f, zone, received);
        if (decided) {
            problems.add(RoundFormField.ROUND, Reason.DECIDED);
        }
        problems.throwIfAny();
        year = f.year();
        formDecidedOn = f.formDecidedOn();
        formDecision = blankToNull(f.formDecision());
        aboutSv = f.aboutSv().strip();
        aboutEn = f.aboutEn().strip();
        aboutFi = blankToNull(f.aboutFi());
        prizeSumSek = f.prizeSumSek();
        winners = f.winners();
        callAnnouncedOn = f.callAnnouncedOn();
        opensAt = ZonedDateTime.of(f.opensAt(), zone).toInstant();
        closesAt = RoundFacts.endOfMinute(f.closesAt(), zone);
        awardDay = f.awardDay();
        awardPlace = blankToNull(f.awardPlace());
        scoringDue = f.scoringDue();
        selfNomination = f.selfNomination();
        retentionMonths = f.retentionMonths();
        chair = blankToNull(f.chair());
        applyCriteria(f.criteria());
    }

    private void applyCriteria(List<RoundForm.Criterion> forms) {
        var byId = new LinkedHashMap<Long, PrizeCriterion>();
        criteria.forEach(c -> byId.put(c.getId(), c));
        var next = new ArrayList<PrizeCriterion>();
        for (int i = 0; i < forms.size(); i++) {
            var form = forms.get(i);
            var existing = form.id() == null ? null : byId.get(form.id());
            if (existing != null) {
                existing.update(i, form);
                next.add(existing);
            } else {
                next.add(new PrizeCriterion(i, form));
            }
        }
        criteria.retainAll(next);
        next.stream().filter(c -> !criteria.contains(c)).forEach(criteria::add);
        criteria.sort(java.util.Comparator.comparingInt(PrizeCriterion::getPosition));
    }

    /** The round as it leaves the module: immutable, with the rules of its dates. */
    public RoundFacts facts() {
        return new RoundFacts(id, year, formDecidedOn, formDecision, aboutSv, aboutEn, aboutFi,
                criteria.stream().map(PrizeCriterion::facts).toList(), prizeSumSek, winners, callAnnouncedOn, opensAt,
                closesAt, awardDay, awardPlace, scoringDue, selfNomination, retentionMonths, chair, decided, meetingDate,
                minutesRef, announceOn, publishedAt);
    }

    /** Whether a nomination saved, or confirmed, at {@code now} counts ({@link RoundFacts#acceptsNominationsAt}). */
    public boolean acceptsNominationsAt(Instant now) {
        return facts().acceptsNominationsAt(now);
    }

    /** Whether the committee may score now ({@link RoundFacts#inReviewAt}). */
    public boolean inReviewAt(Instant now) {
        return facts().inReviewAt(now);
    }

    /** Records the committee's decision; the winners are marked on their nominations. */
    public void recordDecision(Instant now, LocalDate meetingDate, String minutesRef, LocalDate announceOn, String by) {
        if (facts().phaseAt(now) != RoundFacts.Phase.REVIEW) {
            throw new IllegalStateException("A round is decided after its deadline, once");
        }
        this.decided = true;
        this.meetingDate = meetingDate;
        this.minutesRef = minutesRef;
        this.announceOn = announceOn;
        this.decidedAt = now;
        this.decidedBy = by;
    }

    /** Publishes the winners when the announcement day has come; true if it did so now. */
    public boolean publishIfDue(LocalDate today, Instant now) {
        if (!decided || publishedAt != null || announceOn == null || today.isBefore(announceOn)) {
            return false;
        }
        publishedAt = now;
        return true;
    }

    /** Marks the round's personal data anonymised once its retention period has ended; true if it did so now. */
    public boolean anonymiseIfDue(LocalDate today, Instant now) {
        if (anonymisedAt != null || today.isBefore(facts().anonymiseOn())) {
            return false;
        }
        anonymisedAt = now;
        return true;
    }

    /** The round's rules in one line, as the audit trail keeps them ({@link RoundFacts#summary}). */
    public String summary(ZoneId zone) {
        return facts().summary(zone);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long getId() { return id; }
    public int getYear() { return year; }
    public int getWinners() { return winners; }
    public List<PrizeCriterion> getCriteria() { return List.copyOf(criteria); }
    public boolean isDecided() { return decided; }
}
