package se.huddinge.delaktighet.nomination;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.huddinge.delaktighet.base.Rows;
import se.huddinge.delaktighet.base.form.FieldChecks;
import se.huddinge.delaktighet.base.form.InvalidInput;
import se.huddinge.delaktighet.base.form.Reason;
import se.huddinge.delaktighet.nomination.NominationEvents.Member;
import se.huddinge.delaktighet.nomination.NominationEvents.ScoringReminderSent;
import se.huddinge.delaktighet.nomination.internal.Nomination;
import se.huddinge.delaktighet.nomination.internal.NominationRepository;
import se.huddinge.delaktighet.nomination.internal.NominationReview;
import se.huddinge.delaktighet.nomination.internal.NominationReviewRepository;
import se.huddinge.delaktighet.nomination.internal.PrizeRound;
import se.huddinge.delaktighet.nomination.internal.PrizeRoundRepository;
import se.huddinge.delaktighet.security.SignedIn;
import se.huddinge.delaktighet.security.StaffAccountService;
import se.huddinge.delaktighet.security.StaffRole;

/**
 * The committee's review of a round, after its deadline: each member scores each nomination that counts, per
 * criterion from 1 to 5, or declares a conflict of interest. A member sees the others' scores of a nomination only
 * once their own are in (no anchoring); officers and administrators, who do not score, see them all.
 */
@Service
public class PrizeReview {

    private final PrizeRoundRepository rounds;
    private final NominationRepository nominations;
    private final NominationReviewRepository reviews;
    private final StaffAccountService staff;
    private final SignedIn signedIn;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PrizeReview(PrizeRoundRepository rounds, NominationRepository nominations, NominationReviewRepository reviews,
                StaffAccountService staff, SignedIn signedIn, ApplicationEventPublisher events, Clock clock) {
        this.rounds = rounds;
        this.nominations = nominations;
        this.reviews = reviews;
        this.staff = staff;
        this.signedIn = signedIn;
        this.events = events;
        this.clock = clock;
    }

    /** Where the caller stands with a nomination. */
    public enum MyState { TO_SCORE, SCORED, RECUSED }

    /** A nomination in the member's list. */
    public record Item(long id, String reference, String nomineeName, NomineeKind kind, MyState state) {
    }

    /**
     * A nomination as a member of staff reads it, with the caller's review and, when they may see them, the others'.
     * It has no contact details: those who read them ask {@link #contacts}.
     */
    public record Detail(RoundFacts round, Nominated nomination, Optional<MemberReview> mine,
                         List<MemberReview> others, boolean othersVisible, Long previous, Long next) {
    }

    /**
     * One member's review of a nomination: a score from 1 to 5 per criterion (by the criterion's id) with an optional
     * comment, or a declared conflict of interest ({@code recused}, then no scores).
     */
    public record MemberReview(String member, boolean recused, String comment, Map<Long, Integer> scores) {

        public MemberReview {
            scores = Map.copyOf(scores);
        }

        static MemberReview of(NominationReview r) {
            return new MemberReview(r.getMember(), r.isRecused(), r.getComment(), r.getScores());
        }

        /** The score of a criterion, or null when none was given. */
        public Integer score(long criterionId) {
            return scores.get(criterionId);
        }
    }

    /** What a nomination says about the nominee: what the committee scores. No word about who sent it. */
    public record Nominated(long id, String reference, String nomineeName, NomineeKind kind, String tie,
                            boolean nomineeKnows, Map<Long, String> motivations) {

        static Nominated of(Nomination n) {
            var motivations = new LinkedHashMap<Long, String>();
            n.answeredCriteria().forEach(c -> motivations.put(c, n.motivation(c)));
            return new Nominated(n.getId(), n.getReference(), n.getNomineeName(), n.getNomineeKind(),
                    n.getNomineeTie(), n.nomineeKnows(), Map.copyOf(motivations));
        }

        /** The motivation for a criterion, or "" when the round had no such criterion then. */
        public String motivation(long criterionId) {
            return motivations.getOrDefault(criterionId, "");
        }
    }

    /**
     * A line of the ranking: the mean of the members' means, how many scored and the spread; null while hidden, and
     * for good on a nomination the caller recused from ({@code recusedByMe}).
     */
    public record Rank(long id, String reference, String nomineeName, Double mean, int scorers, int recused,
                       Double spread, boolean visible, boolean recusedByMe) {
    }

    /** A member's progress: how many of the round's nominations they have scored or recused from. */
    public record Progress(String username, String name, int scored, int recused, int total) {
        public int remaining() {
            return total - scored - recused;
        }
    }

    /** How many nominations count in a round: the length of its list and of its ranking. */
    @Transactional(readOnly = true)
    @PreAuthorize(StaffRole.IS_STAFF)
    public int count(long roundId) {
        return Math.toIntExact(nominations.countByRoundIdAndStatus(roundId, NominationStatus.CONFIRMED));
    }

    /** A page of the round's nominations that count, by reference, with where the caller stands with each. */
    @Transactional(readOnly = true)
    @PreAuthorize(StaffRole.IS_STAFF)
    public List<Item> items(long roundId, int offset, int limit) {
        return nominations.findItems(roundId, me(), Rows.of(offset, limit)).stream()
                .map(i -> new Item(i.getId(), i.getReference(), i.getNomineeName(), i.getKind(),
                        i.getRecused() == null ? MyState.TO_SCORE : i.getRecused() ? MyState.RECUSED : MyState.SCORED))
                .toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(StaffRole.IS_STAFF)
    public Detail detail(long nominationId) {
        String me = me();
        Nomination n = nominations.findById(nominationId).filter(Nomination::counts).orElseThrow();
        PrizeRound round = rounds.findById(n.getRoundId()).orElseThrow();
        var mine = reviews.findByNominationIdAndMember(nominationId, me).map(MemberReview::of);
        boolean visible = !scores() || mine.filter(r -> !r.recused()).isPresent();
        var others = reviews.findByNominationIdOrderByMemberAsc(nominationId).stream()
                .filter(r -> !r.getMember().equals(me)).map(MemberReview::of).toList();
        return new Detail(round.facts(), Nominated.of(n), mine, visible ? others : List.of(), visible,
                first(nominations.findBefore(round.getId(), n.getReference(), Limit.of(1))),
                first(nominations.findAfter(round.getId(), n.getReference(), Limit.of(1))));
    }

    /** The caller scores a nomination on every criterion of its round (1–5), with an optional comment. */
    @Transactional
    @PreAuthorize(StaffRole.IS_COMMITTEE)
    public void score(long nominationId, Map<Long, Integer> scores, String comment) {
        Instant now = clock.instant();
        var review = reviewFor(nominationId, now);
        if (review.isRecused()) {
            throw new InvalidInput(ScoreFormField.NOMINATION, Reason.RECUSED);
        }
        PrizeRound round = rounds.findById(nominations.findById(nominationId).orElseThrow().getRoundId()).orElseThrow();
        var problems = new FieldChecks();
        for (var criterion : round.getCriteria()) {
            Integer s = scores.get(criterion.getId());
            if (s == null || s < 1 || s > 5) {
                problems.add(ScoreFormField.SCORE, Reason.REQUIRED, criterion.getId());
            }
        }
        if (comment != null && comment.strip().length() > 2000) {
            problems.add(ScoreFormField.COMMENT, Reason.TOO_LONG);
        }
        problems.throwIfAny();
        review.score(scores, comment, now);
        reviews.save(review);
    }

    /** The caller declares a conflict of interest: they abstain on the nomination and cannot score it. */
    @Transactional
    @PreAuthorize(StaffRole.IS_COMMITTEE)
    public void recuse(long nominationId) {
        Instant now = clock.instant();
        var review = reviewFor(nominationId, now);
        review.recuse(now);
        reviews.save(review);
    }

    private NominationReview reviewFor(long nominationId, Instant now) {
        Nomination n = nominations.findById(nominationId).filter(Nomination::counts).orElseThrow();
        if (!rounds.findById(n.getRoundId()).orElseThrow().inReviewAt(now)) {
            throw new InvalidInput(ScoreFormField.NOMINATION, Reason.NOT_IN_REVIEW);
        }
        String me = me();
        return reviews.findByNominationIdAndMember(nominationId, me).orElseGet(() -> new NominationReview(nominationId, me));
    }

    /**
     * A page of the round's nominations by mean score, highest first (then by reference); a member sees a mean only
     * where their own score is in, and those they do not see come last. Counted by the database, a page at a time.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(StaffRole.IS_STAFF)
    public List<Rank> ranking(long roundId, int offset, int limit) {
        boolean scores = scores();
        return nominations.findRanking(roundId, me(), !scores, Rows.of(offset, limit)).stream()
                .map(r -> {
                    boolean visible = !scores || r.getMine().intValue() == 1;
                    return new Rank(r.getId(), r.getReference(), r.getNomineeName(), visible ? r.getMean() : null,
                            r.getScorers().intValue(), r.getRecused().intValue(), visible ? r.getSpread() : null,
                            visible, r.getMineRecused().intValue() == 1);
                }).toList();
    }

    /**
     * Who sent the nomination and how to reach the nominee: for staff who read residents' personal data, never for
     * the committee, who score the nomination, not the people behind it.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(StaffRole.READS_ADDRESSES)
    public NominationContacts contacts(long nominationId) {
        return NominationContacts.of(nominations.findById(nominationId).orElseThrow());
    }

    /** How the nomination came in and its nominator's language (DD42): beside the contacts, for the same staff. */
    @Transactional(readOnly = true)
    @PreAuthorize(StaffRole.READS_ADDRESSES)
    public NominationOrigin origin(long nominationId) {
        return NominationOrigin.of(nominations.findById(nominationId).orElseThrow());
    }

    /** Who has scored what: for the officers who follow the review. */
    @Transactional(readOnly = true)
    @PreAuthorize(StaffRole.ACTS_ON_CASES)
    public List<Progress> progress(long roundId) {
        int total = count(roundId);
        var byMember = new HashMap<String, Object[]>();
        reviews.countByMember(roundId).forEach(row -> byMember.put((String) row[0], row));
        return staff.withRole(StaffRole.COMMITTEE).stream().map(m -> {
            var own = byMember.get(m.username());
            int reviewed = own == null ? 0 : ((Number) own[1]).intValue();
            int recused = own == null ? 0 : ((Number) own[2]).intValue();
            return new Progress(m.username(), m.displayName(), reviewed - recused, recused, total);
        }).toList();
    }

    /** Reminds by letter every member with nominations left to score; returns how many were reminded. */
    @Transactional
    @PreAuthorize(StaffRole.ACTS_ON_CASES)
    public int remind(long roundId) {
        if (!rounds.findById(roundId).orElseThrow().facts().remindersAllowedAt(clock.instant(), clock.getZone())) {
            throw new IllegalStateException("Reminders are sent only while the round is in review");
        }
        var byName = new LinkedHashMap<String, StaffAccountService.StaffMember>();
        staff.withRole(StaffRole.COMMITTEE).forEach(m -> byName.put(m.username(), m));
        var members = progress(roundId).stream().filter(p -> p.remaining() > 0)
                .map(p -> new Member(p.username(), p.name(), byName.get(p.username()).email(), p.remaining())).toList();
        if (!members.isEmpty()) {
            events.publishEvent(new ScoringReminderSent(roundId, clock.instant(), members));
        }
        return members.size();
    }

    /** The caller's username; a review is filed under it. */
    private String me() {
        return signedIn.username().orElseThrow();
    }

    /** Whether the caller scores (a committee member): then they see the others' scores only once theirs are in. */
    private boolean scores() {
        return signedIn.is(StaffRole.COMMITTEE);
    }

    private static Long first(List<Long> ids) {
        return ids.isEmpty() ? null : ids.getFirst();
    }
}
