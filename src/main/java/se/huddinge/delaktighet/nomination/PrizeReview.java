package se.huddinge.delaktighet.nomination;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.huddinge.delaktighet.nomination.NominationEvents.Member;
import se.huddinge.delaktighet.nomination.NominationEvents.ScoringReminderSent;
import se.huddinge.delaktighet.nomination.internal.NominationRepository;
import se.huddinge.delaktighet.nomination.internal.NominationReviewRepository;
import se.huddinge.delaktighet.nomination.internal.PrizeRoundRepository;
import se.huddinge.delaktighet.proposal.InvalidInput;
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
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PrizeReview(PrizeRoundRepository rounds, NominationRepository nominations, NominationReviewRepository reviews,
                StaffAccountService staff, ApplicationEventPublisher events, Clock clock) {
        this.rounds = rounds;
        this.nominations = nominations;
        this.reviews = reviews;
        this.staff = staff;
        this.events = events;
        this.clock = clock;
    }

    /** Where the caller stands with a nomination. */
    public enum MyState { TO_SCORE, SCORED, RECUSED }

    /** A nomination in the member's list. */
    public record Item(long id, String reference, String nomineeName, Nomination.Kind kind, MyState state) {
    }

    /** A nomination as a member of staff reads it, with the caller's review and, when they may see them, the others'. */
    public record Detail(PrizeRound round, Nomination nomination, Optional<NominationReview> mine,
                         List<NominationReview> others, boolean othersVisible, Long previous, Long next) {
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

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('OFFICER', 'COMMITTEE', 'ADMIN')")
    public List<Item> items(long roundId) {
        String me = Caller.current().username();
        return counting(roundId).stream().map(n -> new Item(n.getId(), n.getReference(), n.getNomineeName(),
                n.getNomineeKind(), state(reviews.findByNominationIdAndMember(n.getId(), me)))).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('OFFICER', 'COMMITTEE', 'ADMIN')")
    public Detail detail(long nominationId) {
        var caller = Caller.current();
        Nomination n = nominations.findById(nominationId).filter(Nomination::counts).orElseThrow();
        PrizeRound round = rounds.findById(n.getRoundId()).orElseThrow();
        var mine = reviews.findByNominationIdAndMember(nominationId, caller.username());
        boolean visible = !caller.member() || mine.filter(r -> !r.isRecused()).isPresent();
        var others = reviews.findByNominationIdOrderByMemberAsc(nominationId).stream()
                .filter(r -> !r.getMember().equals(caller.username())).toList();
        var ids = counting(round.getId()).stream().map(Nomination::getId).toList();
        int at = ids.indexOf(nominationId);
        return new Detail(round, n, mine, visible ? others : List.of(), visible,
                at > 0 ? ids.get(at - 1) : null, at < ids.size() - 1 ? ids.get(at + 1) : null);
    }

    /** The caller scores a nomination on every criterion of its round (1–5), with an optional comment. */
    @Transactional
    @PreAuthorize("hasRole('COMMITTEE')")
    public void score(long nominationId, Map<Long, Integer> scores, String comment) {
        Instant now = clock.instant();
        var review = reviewFor(nominationId, now);
        if (review.isRecused()) {
            throw new InvalidInput(Map.of("score", "recused"));
        }
        PrizeRound round = rounds.findById(nominations.findById(nominationId).orElseThrow().getRoundId()).orElseThrow();
        var problems = new LinkedHashMap<String, String>();
        for (var criterion : round.getCriteria()) {
            Integer s = scores.get(criterion.getId());
            if (s == null || s < 1 || s > 5) {
                problems.put("score." + criterion.getId(), "required");
            }
        }
        if (comment != null && comment.strip().length() > 2000) {
            problems.put("comment", "tooLong");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        review.score(scores, comment, now);
        reviews.save(review);
    }

    /** The caller declares a conflict of interest: they abstain on the nomination and cannot score it. */
    @Transactional
    @PreAuthorize("hasRole('COMMITTEE')")
    public void recuse(long nominationId) {
        Instant now = clock.instant();
        var review = reviewFor(nominationId, now);
        review.recuse(now);
        reviews.save(review);
    }

    private NominationReview reviewFor(long nominationId, Instant now) {
        Nomination n = nominations.findById(nominationId).filter(Nomination::counts).orElseThrow();
        if (!rounds.findById(n.getRoundId()).orElseThrow().inReviewAt(now)) {
            throw new InvalidInput(Map.of("score", "notInReview"));
        }
        String me = Caller.current().username();
        return reviews.findByNominationIdAndMember(nominationId, me).orElseGet(() -> new NominationReview(nominationId, me));
    }

    /** The round's nominations by mean score, highest first; a member sees a mean only where their own score is in. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('OFFICER', 'COMMITTEE', 'ADMIN')")
    public List<Rank> ranking(long roundId) {
        var caller = Caller.current();
        var list = counting(roundId);
        var all = reviews.findByNominationIdIn(list.stream().map(Nomination::getId).toList());
        return list.stream().map(n -> {
            var of = all.stream().filter(r -> r.getNominationId().equals(n.getId())).toList();
            var means = of.stream().map(NominationReview::mean).filter(m -> m != null).toList();
            var mine = of.stream().filter(r -> r.getMember().equals(caller.username())).findFirst();
            boolean visible = !caller.member() || mine.filter(r -> !r.isRecused()).isPresent();
            Double mean = means.isEmpty() ? null : means.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            Double spread = means.isEmpty() ? null : means.stream().mapToDouble(Double::doubleValue).max().orElseThrow()
                    - means.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
            return new Rank(n.getId(), n.getReference(), n.getNomineeName(), visible ? mean : null, means.size(),
                    (int) of.stream().filter(NominationReview::isRecused).count(), visible ? spread : null, visible,
                    mine.filter(NominationReview::isRecused).isPresent());
        }).sorted(Comparator.comparing(Rank::mean, Comparator.nullsLast(Comparator.reverseOrder()))).toList();
    }

    /** Who has scored what: for the officers who follow the review. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    public List<Progress> progress(long roundId) {
        var list = counting(roundId);
        var all = reviews.findByNominationIdIn(list.stream().map(Nomination::getId).toList());
        return staff.withRole(StaffRole.COMMITTEE).stream().map(m -> {
            var own = all.stream().filter(r -> r.getMember().equals(m.username())).toList();
            int recused = (int) own.stream().filter(NominationReview::isRecused).count();
            return new Progress(m.username(), m.displayName(), own.size() - recused, recused, list.size());
        }).toList();
    }

    /** Reminds by letter every member with nominations left to score; returns how many were reminded. */
    @Transactional
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    public int remind(long roundId) {
        if (!rounds.findById(roundId).orElseThrow().remindersAllowedAt(clock.instant(), clock.getZone())) {
            throw new InvalidInput(Map.of("remind", "closed"));
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

    private List<Nomination> counting(long roundId) {
        return nominations.findByRoundIdAndStatusOrderByReferenceAsc(roundId, Nomination.Status.CONFIRMED);
    }

    private static MyState state(Optional<NominationReview> review) {
        return review.map(r -> r.isRecused() ? MyState.RECUSED : MyState.SCORED).orElse(MyState.TO_SCORE);
    }
}
