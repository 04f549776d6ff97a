package se.huddinge.delaktighet.nomination;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import se.huddinge.delaktighet.base.AuditLog;
import se.huddinge.delaktighet.base.form.FieldChecks;
import se.huddinge.delaktighet.base.form.Reason;
import se.huddinge.delaktighet.nomination.NominationEvents.WinnersPublished;
import se.huddinge.delaktighet.nomination.internal.Nomination;
import se.huddinge.delaktighet.nomination.internal.NominationRepository;
import se.huddinge.delaktighet.nomination.internal.NominationReview;
import se.huddinge.delaktighet.nomination.internal.NominationReviewRepository;
import se.huddinge.delaktighet.nomination.internal.PrizeRound;
import se.huddinge.delaktighet.nomination.internal.PrizeRoundRepository;
import se.huddinge.delaktighet.security.SignedIn;
import se.huddinge.delaktighet.security.StaffRole;

/**
 * The committee's decision on a round and what follows from it: the winners are published on the announcement
 * day (every nominator is then told the outcome by letter), and after the round's retention period the personal
 * data is anonymised. The scheduled steps are in {@link PrizeJobs}.
 */
@Service
public class PrizeDecisions {

    private final PrizeRoundRepository rounds;
    private final NominationRepository nominations;
    private final NominationReviewRepository reviews;
    private final PrizeRules rules;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final AuditLog audit;
    private final SignedIn signedIn;
    private final Clock clock;

    PrizeDecisions(PrizeRoundRepository rounds, NominationRepository nominations, NominationReviewRepository reviews,
                   PrizeRules rules, ApplicationEventPublisher events, TransactionTemplate tx, AuditLog audit,
                   SignedIn signedIn, Clock clock) {
        this.audit = audit;
        this.signedIn = signedIn;
        this.rounds = rounds;
        this.nominations = nominations;
        this.reviews = reviews;
        this.rules = rules;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    /** A winner and the committee's citation (motivering). */
    public record Winner(long nominationId, String citation) {
    }

    /** The decision as the chair records it; the winners are published on {@code announceOn}. */
    public record DecisionForm(List<Winner> winners, LocalDate meetingDate, String minutesRef, LocalDate announceOn) {
    }

    /** Whether the caller may decide the round: its chair, or an administrator. */
    @Transactional(readOnly = true)
    public boolean mayDecide(RoundFacts round) {
        return signedIn.is(StaffRole.ADMIN) || signedIn.is(StaffRole.COMMITTEE)
                && signedIn.username().filter(round::isChair).isPresent();
    }

    /**
     * Records the decision after the deadline: at least one and at most the round's number of winners, each with a
     * citation, the meeting and its minutes. Published at once when the announcement day has come.
     */
    @Transactional
    @PreAuthorize(StaffRole.DECIDES_PRIZE)
    public void decide(long roundId, DecisionForm form) {
        Instant now = clock.instant();
        PrizeRound round = rounds.lockById(roundId).orElseThrow();
        if (!mayDecide(round.facts())) {
            throw new AccessDeniedException("Only the round's chair or an administrator decides");
        }
        var problems = new FieldChecks();
        if (!round.inReviewAt(now)) {
            problems.add(PrizeDecisionFormField.ROUND, round.isDecided() ? Reason.DECIDED : Reason.OPEN);
        }
        var winners = form.winners() == null ? List.<Winner>of() : form.winners();
        if (winners.isEmpty()) {
            problems.add(PrizeDecisionFormField.WINNERS, Reason.REQUIRED);
        } else if (winners.size() > round.getWinners()) {
            problems.add(PrizeDecisionFormField.WINNERS, Reason.TOO_MANY);
        }
        var seen = new HashSet<Long>();
        for (var w : winners) {
            var n = nominations.findById(w.nominationId()).orElse(null);
            if (n == null || !n.counts() || !n.getRoundId().equals(roundId) || !seen.add(w.nominationId())) {
                problems.add(PrizeDecisionFormField.WINNERS, Reason.INVALID);
            } else if (w.citation() == null || w.citation().isBlank()) {
                problems.add(PrizeDecisionFormField.CITATION, Reason.REQUIRED, w.nominationId());
            } else if (w.citation().strip().length() > rules.citationMax()) {
                problems.add(PrizeDecisionFormField.CITATION, Reason.TOO_LONG, w.nominationId());
            }
        }
        if (form.meetingDate() == null) {
            problems.add(PrizeDecisionFormField.MEETING_DATE, Reason.REQUIRED);
        }
        if (form.minutesRef() == null || form.minutesRef().isBlank()) {
            problems.add(PrizeDecisionFormField.MINUTES_REF, Reason.REQUIRED);
        }
        if (form.announceOn() == null) {
            problems.add(PrizeDecisionFormField.ANNOUNCE_ON, Reason.REQUIRED);
        } else if (form.meetingDate() != null && form.announceOn().isBefore(form.meetingDate())) {
            problems.add(PrizeDecisionFormField.ANNOUNCE_ON, Reason.BEFORE_MEETING);
        }
        problems.throwIfAny();
        winners.forEach(w -> nominations.findById(w.nominationId()).orElseThrow().chooseAsWinner(w.citation()));
        round.recordDecision(now, form.meetingDate(), form.minutesRef().strip(), form.announceOn(),
                signedIn.username().orElseThrow());
        audit.record(AuditLog.Kind.PRIZE_ROUND, "DP-" + round.getYear(), "beslut saknas", "vinnare "
                + winners.stream().map(w -> nominations.findById(w.nominationId()).orElseThrow().getReference()).toList()
                + ", sammanträde " + form.meetingDate() + " (" + form.minutesRef().strip() + "), presenteras "
                + form.announceOn());
        publishIfDue(round, now);
    }

    /** Publishes the winners of every decided round whose announcement day has come; returns how many. */
    public int publishDue() {
        int published = 0;
        for (var candidate : rounds.findByDecidedTrueAndPublishedAtIsNull()) {
            Boolean done = tx.execute(s -> publishIfDue(rounds.lockById(candidate.getId()).orElseThrow(), clock.instant()));
            published += Boolean.TRUE.equals(done) ? 1 : 0;
        }
        return published;
    }

    private boolean publishIfDue(PrizeRound round, Instant now) {
        if (!round.publishIfDue(LocalDate.ofInstant(now, clock.getZone()), now)) {
            return false;
        }
        events.publishEvent(new WinnersPublished(round.getId()));
        audit.record(AuditLog.Kind.PRIZE_ROUND, "DP-" + round.getYear(), "beslutad", "vinnarna publicerade");
        return true;
    }

    /**
     * Anonymises the nominations of every round whose retention period has ended: the nominators and the nominees'
     * contacts, the motivations, the members' comments, and the names of those who did not win. {@code alsoForget}
     * gets each round's nominations inside the round's transaction (the retention job forgets their letters there).
     * Returns how many rounds; the retention job (module {@code privacy}) runs it.
     */
    public int anonymiseDue(Consumer<List<NominationRef>> alsoForget) {
        int done = 0;
        for (var candidate : rounds.findByAnonymisedAtIsNull()) {
            Boolean anonymised = tx.execute(s -> {
                Instant now = clock.instant();
                PrizeRound round = rounds.lockById(candidate.getId()).orElseThrow();
                if (!round.anonymiseIfDue(LocalDate.ofInstant(now, clock.getZone()), now)) {
                    return false;
                }
                var all = nominations.findByRoundId(round.getId());
                all.forEach(n -> n.anonymise(now));
                alsoForget.accept(all.stream().map(n -> new NominationRef(n.getId(), n.getReference())).toList());
                reviews.findByNominationIdIn(all.stream().map(Nomination::getId).toList())
                        .forEach(NominationReview::forgetComment);
                audit.record(AuditLog.Kind.PRIZE_ROUND, "DP-" + round.getYear(), null,
                        all.size() + " nomineringar avidentifierade");
                return true;
            });
            done += Boolean.TRUE.equals(anonymised) ? 1 : 0;
        }
        return done;
    }
}
