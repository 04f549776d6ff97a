package se.huddinge.delaktighet.nomination;

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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import se.huddinge.delaktighet.base.form.InvalidInput;
import se.huddinge.delaktighet.base.form.Reason;

/**
 * One year's Demokratipriset and the rules of its round. Nominations are accepted from {@code opensAt} up to and
 * including {@code closesAt}, both instants, so "20 August 23:59 in Stockholm" means the same on every server and
 * across a change of summer time. A deadline given to the minute is the end of that minute (see
 * {@link #endOfMinute}), so a nomination saved at 23:59:59.999 counts and one at 00:00:00.000 does not.
 */
@Entity
@Table(name = "prize_round")
public class PrizeRound {

    /** Where a round stands at a given moment. */
    public enum Phase { ANNOUNCED, OPEN, REVIEW, DECIDED }

    /** Time left to the deadline: whole calendar days in the municipality's zone, and on the last day hours and minutes. */
    public record TimeLeft(long days, long hours, long minutes) {
    }

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
    PrizeRound(RoundForm form, ZoneId zone) {
        update(form, zone, Received.NOTHING);
    }

    /** The end of the minute {@code time} in {@code zone}: the last instant a deadline given to the minute includes. */
    public static Instant endOfMinute(LocalDateTime time, ZoneId zone) {
        return ZonedDateTime.of(time.truncatedTo(ChronoUnit.MINUTES), zone).toInstant()
                .plus(Duration.ofMinutes(1)).minusNanos(1000);
    }

    /** What the round has already received, which a change must not invalidate. */
    record Received(Instant newestNomination, Set<Long> answeredCriteria) {
        static final Received NOTHING = new Received(null, Set.of());
    }

    /** Applies the administrator's form, all or nothing. */
    void update(RoundForm f, ZoneId zone, Received received) {
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
        prizeSumSek = f.prizeSumSek();
        winners = f.winners();
        callAnnouncedOn = f.callAnnouncedOn();
        opensAt = ZonedDateTime.of(f.opensAt(), zone).toInstant();
        closesAt = endOfMinute(f.closesAt(), zone);
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

    public Phase phaseAt(Instant now) {
        if (decided) {
            return Phase.DECIDED;
        }
        if (now.isBefore(opensAt)) {
            return Phase.ANNOUNCED;
        }
        return now.isAfter(closesAt) ? Phase.REVIEW : Phase.OPEN;
    }

    /** Whether a nomination saved, or confirmed, at {@code now} counts. */
    public boolean acceptsNominationsAt(Instant now) {
        return !now.isBefore(opensAt) && !now.isAfter(closesAt);
    }

    /** Whether the committee may score now: after the deadline, until the decision. */
    public boolean inReviewAt(Instant now) {
        return phaseAt(now) == Phase.REVIEW;
    }

    /** Whether members may be reminded to score now: in review, up to and including the scoring due day. */
    public boolean remindersAllowedAt(Instant now, ZoneId zone) {
        return inReviewAt(now) && (scoringDue == null || !LocalDate.ofInstant(now, zone).isAfter(scoringDue));
    }

    /** Time left to the deadline at {@code now}; zero once it has passed. Days are calendar days, so a 25-hour day counts once. */
    public TimeLeft timeLeft(Instant now, ZoneId zone) {
        if (now.isAfter(closesAt)) {
            return new TimeLeft(0, 0, 0);
        }
        long days = ChronoUnit.DAYS.between(LocalDate.ofInstant(now, zone), LocalDate.ofInstant(closesAt, zone));
        Duration left = Duration.between(now, closesAt);
        return days > 0 ? new TimeLeft(days, 0, 0) : new TimeLeft(0, left.toHours(), left.toMinutesPart());
    }

    /** Records the committee's decision; the winners are marked on their nominations. */
    void recordDecision(Instant now, LocalDate meetingDate, String minutesRef, LocalDate announceOn, String by) {
        if (phaseAt(now) != Phase.REVIEW) {
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
    boolean publishIfDue(LocalDate today, Instant now) {
        if (!decided || publishedAt != null || announceOn == null || today.isBefore(announceOn)) {
            return false;
        }
        publishedAt = now;
        return true;
    }

    /** The day after which nominators' and nominees' personal data is anonymised. */
    public LocalDate anonymiseOn() {
        return (awardDay != null ? awardDay : LocalDate.ofInstant(closesAt, java.time.ZoneOffset.UTC))
                .plusMonths(retentionMonths);
    }

    boolean anonymiseIfDue(LocalDate today, Instant now) {
        if (anonymisedAt != null || today.isBefore(anonymiseOn())) {
            return false;
        }
        anonymisedAt = now;
        return true;
    }

    /** The round as the administrator's form shows it. */
    public RoundForm form(ZoneId zone) {
        return new RoundForm(id, year, formDecidedOn, nullToEmpty(formDecision), aboutSv, aboutEn,
                criteria.stream().map(PrizeCriterion::form).toList(), prizeSumSek, winners, callAnnouncedOn,
                LocalDateTime.ofInstant(opensAt, zone), LocalDateTime.ofInstant(closesAt, zone).withSecond(0).withNano(0),
                awardDay, nullToEmpty(awardPlace), scoringDue, selfNomination, retentionMonths, nullToEmpty(chair));
    }

    /** The round's rules in one line, as the audit trail keeps them before and after a change. */
    public String summary(ZoneId zone) {
        return "%d: %s–%s, %d kr, %d vinnare, %d kriterier, självnominering %s, ordförande %s, sparas %d mån"
                .formatted(year, LocalDateTime.ofInstant(opensAt, zone).withNano(0),
                        LocalDateTime.ofInstant(closesAt, zone).withSecond(0).withNano(0), prizeSumSek, winners,
                        criteria.size(), selfNomination ? "ja" : "nej", chair == null ? "–" : chair, retentionMonths);
    }

    public boolean isChair(String username) {
        return chair != null && chair.equalsIgnoreCase(username);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public int getYear() { return year; }
    public Instant getOpensAt() { return opensAt; }
    public Instant getClosesAt() { return closesAt; }
    public ZonedDateTime closesAt(ZoneId zone) { return closesAt.atZone(zone); }
    public LocalDate getAwardDay() { return awardDay; }
    public String getAwardPlace() { return awardPlace; }
    public int getPrizeSumSek() { return prizeSumSek; }
    public int getWinners() { return winners; }
    public String about(boolean english) { return english ? aboutEn : aboutSv; }
    public List<PrizeCriterion> getCriteria() { return List.copyOf(criteria); }
    public LocalDate getScoringDue() { return scoringDue; }
    public boolean allowsSelfNomination() { return selfNomination; }
    public boolean isDecided() { return decided; }
    public LocalDate getMeetingDate() { return meetingDate; }
    public String getMinutesRef() { return minutesRef; }
    public LocalDate getAnnounceOn() { return announceOn; }
    public Instant getPublishedAt() { return publishedAt; }
    public boolean isPublished() { return publishedAt != null; }
}
