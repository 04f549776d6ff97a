package se.huddinge.delaktighet.proposal;

import static se.huddinge.delaktighet.proposal.ImplementationFormField.PLANNED_DATE;
import static se.huddinge.delaktighet.proposal.ImplementationFormField.PUBLIC_NOTE;
import static se.huddinge.delaktighet.proposal.ImplementationFormField.REASON;
import static se.huddinge.delaktighet.proposal.ImplementationFormField.STATUS;
import static se.huddinge.delaktighet.proposal.ImplementationFormField.UNIT;
import se.huddinge.delaktighet.base.form.FieldChecks;
import se.huddinge.delaktighet.base.form.InvalidInput;
import se.huddinge.delaktighet.base.form.Reason;
import static se.huddinge.delaktighet.proposal.ProposalException.Reason.VERSION_CONFLICT;
import static se.huddinge.delaktighet.proposal.ProposalException.Reason.WRONG_STATE;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import se.huddinge.delaktighet.base.WorkingDays;
import se.huddinge.delaktighet.proposal.FollowThroughEvents.ImplementationOverdue;
import se.huddinge.delaktighet.proposal.FollowThroughEvents.ImplementationStatusChanged;
import se.huddinge.delaktighet.proposal.internal.DeadlineNotice;
import se.huddinge.delaktighet.proposal.internal.DeadlineNoticeRepository;
import se.huddinge.delaktighet.proposal.internal.Implementation;
import se.huddinge.delaktighet.proposal.internal.ImplementationRepository;
import se.huddinge.delaktighet.proposal.internal.ImplementationUpdate;
import se.huddinge.delaktighet.proposal.internal.ImplementationUpdateRepository;
import se.huddinge.delaktighet.base.InputCheck;
import se.huddinge.delaktighet.proposal.internal.ProposalRepository;
import se.huddinge.delaktighet.security.StaffRole;

/**
 * The follow-through of an approved proposal (DD29): officers keep a record of the responsible unit, the planned date,
 * the status and short public notes. Every save is kept with who made it (the audit trail) and shown on the public
 * timeline; a change of status brings letters to the author and to everyone who asked to hear; an open record whose
 * planned date passed without an update reminds the officers ({@link #remindOverdue}, run by
 * {@link ProposalDeadlines}).
 */
@Service
public class ProposalImplementations {

    /** The deadline notice's step for the reminder of a passed planned date. */
    static final String NOTICE_STEP = "IMPLEMENTATION";

    private final ProposalRepository proposals;
    private final ImplementationRepository records;
    private final ImplementationUpdateRepository updates;
    private final DeadlineNoticeRepository notices;
    private final ProposalSteps steps;
    private final WorkingDays workingDays;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    ProposalImplementations(ProposalRepository proposals, ImplementationRepository records,
                            ImplementationUpdateRepository updates, DeadlineNoticeRepository notices,
                            ProposalSteps steps, WorkingDays workingDays, ApplicationEventPublisher events,
                            TransactionTemplate tx, Clock clock) {
        this.proposals = proposals;
        this.records = records;
        this.updates = updates;
        this.notices = notices;
        this.steps = steps;
        this.workingDays = workingDays;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    /** The record as anyone may read it (no actor); empty until the officers first save it. */
    @Transactional(readOnly = true)
    public Optional<ImplementationRecord> of(long proposalId) {
        return read(proposalId, false);
    }

    /** The record with who saved each update, for staff. */
    @Transactional(readOnly = true)
    @PreAuthorize(StaffRole.IS_STAFF)
    public Optional<ImplementationRecord> forStaff(long proposalId) {
        return read(proposalId, true);
    }

    /** Whether the proposal was approved, so that it has (or will have) an implementation record. */
    @Transactional(readOnly = true)
    public boolean applies(long proposalId) {
        return proposals.findById(proposalId)
                .filter(p -> p.getStatus() == ProposalStatus.DECIDED && p.getDecision() == Decision.BIFALL)
                .isPresent();
    }

    /** One update, for its letters. */
    @Transactional(readOnly = true)
    public ImplementationRecord.Step update(long updateId) {
        return step(updates.findById(updateId).orElseThrow(ProposalService::notFound), false);
    }

    /**
     * Saves the record of an approved proposal. {@code version} is the record's version the officer saw, null when
     * there was none yet: if someone else saved in between, nothing is saved and {@link ProposalException}
     * VERSION_CONFLICT says so (the page then shows the record as it is now). Every field problem at once
     * ({@link InvalidInput}, keys under {@code case.invalid.}) and nothing saved.
     */
    @Transactional
    @PreAuthorize(StaffRole.ACTS_ON_CASES)
    public CaseFile save(long proposalId, Long version, ImplementationRecord.Form form) {
        check(form);
        // the proposal's row first (DD10): two first saves of the same record queue here instead of racing
        Proposal p = proposals.lockById(proposalId).orElseThrow(ProposalService::notFound);
        if (p.getStatus() != ProposalStatus.DECIDED || p.getDecision() != Decision.BIFALL) {
            throw new ProposalException(WRONG_STATE, "Only an approved proposal has an implementation record");
        }
        Implementation record = records.lockById(proposalId).orElse(null);
        if (record == null ? version != null : version == null || record.getVersion() != version) {
            throw new ProposalException(VERSION_CONFLICT, "The implementation record was changed by someone else");
        }
        if (record == null) {
            record = new Implementation(proposalId);
        }
        Instant now = clock.instant();
        boolean changed = record.update(InputCheck.clean(form.unit()), form.plannedDate(), form.status(),
                blankToNull(form.reason()), now);
        records.saveAndFlush(record);
        var update = updates.save(new ImplementationUpdate(record, changed, blankToNull(form.publicNote()), steps.staff()));
        if (changed) {
            events.publishEvent(new ImplementationStatusChanged(proposalId, update.getId()));
        }
        return CaseFile.of(p);
    }

    /**
     * Reminds the officers of each open record whose planned date passed, counted in working days (the first working
     * day after it), without an update since: once per record and planned date (a new date starts anew). Each in its
     * own transaction; returns how many reminders were started.
     */
    public int remindOverdue() {
        LocalDate today = LocalDate.now(clock);
        int sent = 0;
        for (long id : records.findOpenPlannedBefore(today)) {
            try {
                if (Boolean.TRUE.equals(tx.execute(s -> remind(id, today)))) {
                    sent++;
                }
            } catch (DataIntegrityViolationException e) {
                // another instance sent this reminder at the same moment
            }
        }
        return sent;
    }

    private boolean remind(long id, LocalDate today) {
        Implementation record = records.lockById(id).orElseThrow();
        LocalDate planned = record.getPlannedDate();
        LocalDate lastUpdate = LocalDate.ofInstant(record.getUpdatedAt(), clock.getZone());
        if (!record.getStatus().isOpen() || today.isBefore(workingDays.plusWorkingDays(planned, 1))
                || lastUpdate.isAfter(planned) || notices.existsByProposalIdAndStepAndDueDateAndKind(id, NOTICE_STEP,
                planned, DeadlineNotice.Kind.REMINDER.name())) {
            return false;
        }
        notices.saveAndFlush(new DeadlineNotice(id, NOTICE_STEP, planned, DeadlineNotice.Kind.REMINDER,
                clock.instant()));
        events.publishEvent(new ImplementationOverdue(id, planned));
        return true;
    }

    /** Unit, planned date and status are needed; a reason when not done; a note is optional. */
    static void check(ImplementationRecord.Form form) {
        var problems = new FieldChecks();
        problems.check(UNIT, InputCheck.text(form.unit(), ImplementationRecord.UNIT_MAX, false));
        if (form.plannedDate() == null) {
            problems.add(PLANNED_DATE, Reason.REQUIRED);
        }
        if (form.status() == null) {
            problems.add(STATUS, Reason.REQUIRED);
        }
        if (form.status() == ImplementationStatus.NOT_DONE) {
            problems.check(REASON, InputCheck.text(form.reason(), ImplementationRecord.TEXT_MAX, true));
        }
        if (form.publicNote() != null && !form.publicNote().isBlank()) {
            problems.check(PUBLIC_NOTE, InputCheck.text(form.publicNote(), ImplementationRecord.TEXT_MAX, true));
        }
        problems.throwIfAny();
    }

    private Optional<ImplementationRecord> read(long proposalId, boolean withActor) {
        return records.findById(proposalId).map(r -> new ImplementationRecord(proposalId, r.getUnit(),
                r.getPlannedDate(), r.getStatus(), r.getReason(), r.getVersion(),
                updates.findByProposalIdOrderByAtAscIdAsc(proposalId).stream().map(u -> step(u, withActor))
                        .toList()));
    }

    private static ImplementationRecord.Step step(ImplementationUpdate u, boolean withActor) {
        return new ImplementationRecord.Step(u.getId(), u.getAt(), u.getStatus(), u.isStatusChanged(), u.getUnit(),
                u.getPlannedDate(), u.getReason(), u.getNote(), withActor ? u.getActor() : null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : InputCheck.clean(s);
    }
}
