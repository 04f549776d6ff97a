package se.huddinge.delaktighet.nomination;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.huddinge.delaktighet.base.AuditLog;
import se.huddinge.delaktighet.base.form.InvalidInput;
import se.huddinge.delaktighet.base.form.Reason;
import se.huddinge.delaktighet.nomination.internal.NominationRepository;
import se.huddinge.delaktighet.nomination.internal.PrizeRound;
import se.huddinge.delaktighet.nomination.internal.PrizeRoundRepository;
import se.huddinge.delaktighet.security.StaffRole;

/**
 * The prize rounds: administrators set them up, the public page reads the current one and the winners' archive,
 * the dashboard the undecided ones.
 */
@Service
public class PrizeRounds {

    private final PrizeRoundRepository rounds;
    private final NominationRepository nominations;
    private final PrizeRules rules;
    private final AuditLog audit;
    private final Clock clock;

    PrizeRounds(PrizeRoundRepository rounds, NominationRepository nominations, PrizeRules rules, AuditLog audit,
                Clock clock) {
        this.audit = audit;
        this.rounds = rounds;
        this.nominations = nominations;
        this.rules = rules;
        this.clock = clock;
    }

    /** The round the public page is about: the newest one that has opened, else the next one to open. */
    @Transactional(readOnly = true)
    public Optional<RoundFacts> current() {
        Instant now = clock.instant();
        var all = facts(rounds.findAllByOrderByYearDesc());
        return all.stream().filter(r -> !r.opensAt().isAfter(now)).findFirst()
                .or(() -> all.stream().min(Comparator.comparingInt(RoundFacts::year)));
    }

    @Transactional(readOnly = true)
    public Optional<RoundFacts> find(long id) {
        return rounds.findById(id).map(PrizeRound::facts);
    }

    @Transactional(readOnly = true)
    public List<RoundFacts> undecided() {
        return facts(rounds.findByDecidedFalseOrderByYearAsc());
    }

    @Transactional(readOnly = true)
    @PreAuthorize(StaffRole.IS_STAFF)
    public List<RoundFacts> all() {
        return facts(rounds.findAllByOrderByYearDesc());
    }

    private static List<RoundFacts> facts(List<PrizeRound> found) {
        return found.stream().map(PrizeRound::facts).toList();
    }

    /** A new round's form with the scheme's defaults, for the year after the newest round (or this year). */
    @Transactional(readOnly = true)
    @PreAuthorize(StaffRole.IS_ADMIN)
    public RoundForm newForm() {
        int year = rounds.findFirstByOrderByYearDesc().map(r -> r.getYear() + 1)
                .orElse(LocalDate.now(clock).getYear());
        return RoundForm.defaults(year, rules);
    }

    /** Saves the administrator's form: a new round or a change to one, refused when it breaks a rule. */
    @Transactional
    @PreAuthorize(StaffRole.IS_ADMIN)
    public RoundFacts save(RoundForm form) {
        return create(form);
    }

    /**
     * Creates or changes a round under the same rules as {@link #save}; for the operator's set-up and the demo data.
     * A change may not invalidate what the round has received: no deadline before its newest nomination, no removing
     * a criterion that nominations answer.
     */
    @Transactional
    public RoundFacts create(RoundForm form) {
        var zone = clock.getZone();
        if (form.id() == null) {
            if (rounds.existsByYear(form.year())) {
                throw new InvalidInput(RoundFormField.YEAR, Reason.TAKEN);
            }
            // flushed: the record handed out names the new criteria by their ids
            var created = rounds.saveAndFlush(new PrizeRound(form, zone));
            audit.record(AuditLog.Kind.PRIZE_ROUND, "DP-" + created.getYear(), null, created.summary(zone));
            return created.facts();
        }
        PrizeRound round = rounds.lockById(form.id()).orElseThrow();
        if (round.getYear() != form.year() && rounds.existsByYear(form.year())) {
            throw new InvalidInput(RoundFormField.YEAR, Reason.TAKEN);
        }
        var answered = new HashSet<Long>();
        nominations.findByRoundId(round.getId()).forEach(n -> answered.addAll(n.answeredCriteria()));
        String before = round.summary(zone);
        round.update(form, zone, new PrizeRound.Received(nominations.newestSubmission(round.getId()).orElse(null),
                answered));
        rounds.flush();
        audit.record(AuditLog.Kind.PRIZE_ROUND, "DP-" + round.getYear(), before, round.summary(zone));
        return round.facts();
    }

    /** A year's winners as the public archive shows them. */
    public record Winners(int year, LocalDate awardDay, List<Winner> winners) {
    }

    /** A winner: the nominee's name, kind and the committee's citation. */
    public record Winner(String name, NomineeKind kind, String citation) {
    }

    /** The published winners of every round, newest year first. */
    @Transactional(readOnly = true)
    public List<Winners> archive() {
        return rounds.findByPublishedAtIsNotNullOrderByYearDesc().stream().map(r -> winners(r.facts())).toList();
    }

    /** The winners of a round, once they are published. */
    @Transactional(readOnly = true)
    public Optional<Winners> publishedWinners(RoundFacts round) {
        return round.isPublished() ? Optional.of(winners(round)) : Optional.empty();
    }

    private Winners winners(RoundFacts round) {
        return new Winners(round.year(), round.awardDay(),
                nominations.findByRoundIdAndWonTrueOrderByReferenceAsc(round.id()).stream()
                        .map(n -> new Winner(n.getNomineeName(), n.getNomineeKind(), n.getCitation())).toList());
    }
}
