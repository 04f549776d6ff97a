package se.huddinge.delaktighet.proposal;

import static se.huddinge.delaktighet.proposal.TakeUpFormField.TAKEN_UP_BODY;
import static se.huddinge.delaktighet.proposal.TakeUpFormField.TAKEN_UP_BY;
import static se.huddinge.delaktighet.proposal.TakeUpFormField.TAKEN_UP_CASE;
import static se.huddinge.delaktighet.proposal.TakeUpFormField.TAKEN_UP_NOTE;
import static se.huddinge.delaktighet.proposal.TakeUpFormField.TAKEN_UP_ON;
import se.huddinge.delaktighet.base.form.FieldChecks;
import se.huddinge.delaktighet.base.form.InvalidInput;
import se.huddinge.delaktighet.base.form.Reason;
import static se.huddinge.delaktighet.proposal.ProposalException.Reason.WRONG_STATE;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.huddinge.delaktighet.proposal.ProposalEvents.ProposalTakenUp;
import se.huddinge.delaktighet.base.InputCheck;
import se.huddinge.delaktighet.proposal.internal.ProposalRepository;
import se.huddinge.delaktighet.proposal.internal.TakeUp;
import se.huddinge.delaktighet.proposal.internal.TakeUpRepository;
import se.huddinge.delaktighet.security.StaffRole;

/**
 * Below the threshold is not the end: a committee member or an officer records that a politician took up a proposal
 * that closed below the threshold. The record is public on the proposal's timeline, is the audit entry (who recorded
 * it, when), and its event brings the letters to the author and to the supporters who asked to hear.
 */
@Service
public class ProposalTakeUps {

    private final ProposalRepository proposals;
    private final TakeUpRepository takeUps;
    private final ProposalSteps steps;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProposalTakeUps(ProposalRepository proposals, TakeUpRepository takeUps, ProposalSteps steps,
                    ApplicationEventPublisher events, Clock clock) {
        this.proposals = proposals;
        this.takeUps = takeUps;
        this.steps = steps;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records that the proposal was taken up. Every field problem at once ({@link InvalidInput}, keys under
     * {@code case.invalid.}) and nothing saved; a proposal that is not closed below the threshold (it was
     * withdrawn meanwhile) is refused with {@link ProposalException}.
     */
    @Transactional
    @PreAuthorize(StaffRole.RECORDS_TAKE_UP)
    public CaseFile record(long proposalId, TakenUp.Form form) {
        Proposal p = proposals.lockById(proposalId).orElseThrow(ProposalService::notFound);
        if (p.getStatus() != ProposalStatus.CLOSED_BELOW_THRESHOLD) {
            throw new ProposalException(WRONG_STATE, "Only a proposal closed below the threshold can be taken up");
        }
        LocalDate closed = p.getClosedAt() == null ? null : LocalDate.ofInstant(p.getClosedAt(), clock.getZone());
        check(form, closed, LocalDate.now(clock));
        var saved = takeUps.save(new TakeUp(p.getId(), form.takenUpBy().strip(), form.takenUpBody().strip(),
                blankToNull(form.takenUpCase()), blankToNull(form.takenUpNote()), form.takenUpOn(),
                steps.staff(), clock.instant()));
        events.publishEvent(new ProposalTakenUp(p.getId(), saved.getId()));
        return CaseFile.of(p);
    }

    /** Every time the proposal was taken up, in date order: public, like the rest of its timeline. */
    @Transactional(readOnly = true)
    public List<TakenUp> of(long proposalId) {
        return takeUps.findByProposalIdOrderByTakenUpOnAscIdAsc(proposalId).stream().map(ProposalTakeUps::of).toList();
    }

    /** For the letters. */
    @Transactional(readOnly = true)
    public TakenUp get(long takeUpId) {
        return of(takeUps.findById(takeUpId).orElseThrow(ProposalService::notFound));
    }

    /** Who, which body and the date are needed; a case number or a note (or both); the date is not in the future. */
    static void check(TakenUp.Form form, LocalDate closed, LocalDate today) {
        var problems = new FieldChecks();
        problems.check(TAKEN_UP_BY, InputCheck.text(form.takenUpBy(), TakenUp.NAME_MAX, false));
        problems.check(TAKEN_UP_BODY, InputCheck.text(form.takenUpBody(), TakenUp.NAME_MAX, false));
        boolean hasCase = form.takenUpCase() != null && !form.takenUpCase().isBlank();
        boolean hasNote = form.takenUpNote() != null && !form.takenUpNote().isBlank();
        if (!hasCase && !hasNote) {
            problems.add(TAKEN_UP_CASE, Reason.CASE_OR_NOTE);
        }
        if (hasCase) {
            problems.check(TAKEN_UP_CASE, InputCheck.text(form.takenUpCase(), TakenUp.CASE_MAX, false));
        }
        if (hasNote) {
            problems.check(TAKEN_UP_NOTE, InputCheck.text(form.takenUpNote(), TakenUp.NOTE_MAX, true));
        }
        if (form.takenUpOn() == null) {
            problems.add(TAKEN_UP_ON, Reason.REQUIRED);
        } else if (form.takenUpOn().isAfter(today)) {
            problems.add(TAKEN_UP_ON, Reason.FUTURE);
        } else if (closed != null && form.takenUpOn().isBefore(closed)) {
            problems.add(TAKEN_UP_ON, Reason.BEFORE_CLOSED);
        }
        problems.throwIfAny();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static TakenUp of(TakeUp t) {
        return new TakenUp(t.getId(), t.getProposalId(), t.getTakenUpBy(), t.getBody(), t.getCaseRef(), t.getNote(),
                t.getTakenUpOn());
    }
}
