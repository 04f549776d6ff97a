package se.huddinge.delaktighet.proposal;

import se.huddinge.delaktighet.security.StaffRole;
import static se.huddinge.delaktighet.proposal.ProposalException.Reason.WRONG_STATE;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.huddinge.delaktighet.base.Rows;
import se.huddinge.delaktighet.proposal.ProposalEvents.*;
import se.huddinge.delaktighet.base.InputCheck;
import se.huddinge.delaktighet.proposal.internal.ProposalRepository;
import se.huddinge.delaktighet.proposal.internal.TimelineRepository;

/**
 * What officers do with a proposal: moderate, refer, record the decision. Each step checks the role here too,
 * is kept on the timeline with who did it, and publishes its event (so the letter follows). What staff read here
 * ({@link CaseFile}) has no resident's address; the author's comes only from {@link #authorAddress}, for those who
 * read addresses, and the letters get theirs from {@link ProposalMailing}.
 */
@Service
public class ProposalCaseService {

    private final ProposalRepository proposals;
    private final TimelineRepository timeline;
    private final ProposalSteps steps;
    private final ProposalRules rules;
    private final DueDates dueDates;
    private final ProposalChecks checks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProposalCaseService(ProposalRepository proposals, TimelineRepository timeline, ProposalSteps steps,
                        ProposalRules rules, DueDates dueDates, ProposalChecks checks, ApplicationEventPublisher events,
                        Clock clock) {
        this.proposals = proposals;
        this.timeline = timeline;
        this.steps = steps;
        this.rules = rules;
        this.dueDates = dueDates;
        this.checks = checks;
        this.events = events;
        this.clock = clock;
    }

    /** Waiting for the committee: to be referred, or for its decision. */
    private static final EnumSet<ProposalStatus> WITH_COMMITTEE =
            EnumSet.of(ProposalStatus.THRESHOLD_REACHED, ProposalStatus.REFERRED);

    /** Awaiting moderation, oldest first: a page of them (anyone can submit, so the queue has no bound). */
    @Transactional(readOnly = true)
    @PreAuthorize(StaffRole.IS_STAFF)
    public List<CaseFile> moderationQueue(int offset, int limit) {
        return proposals.findByStatusOrderByConfirmedAtAscIdAsc(ProposalStatus.IN_MODERATION, Rows.of(offset, limit))
                .stream().map(CaseFile::of).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(StaffRole.IS_STAFF)
    public int moderationQueueSize() {
        return Math.toIntExact(proposals.countByStatus(ProposalStatus.IN_MODERATION));
    }

    /** Reached the threshold or referred, waiting for the next step; oldest first: a page of them. */
    @Transactional(readOnly = true)
    @PreAuthorize(StaffRole.IS_STAFF)
    public List<CaseFile> referralAndDecisionQueue(int offset, int limit) {
        return proposals.findByStatusInOrderByThresholdReachedAtAscIdAsc(WITH_COMMITTEE, Rows.of(offset, limit))
                .stream().map(CaseFile::of).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(StaffRole.IS_STAFF)
    public int referralAndDecisionQueueSize() {
        return Math.toIntExact(proposals.countByStatusIn(WITH_COMMITTEE));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(StaffRole.IS_STAFF)
    public CaseFile get(long id) {
        return CaseFile.of(proposals.findById(id).orElseThrow(ProposalService::notFound));
    }

    /** The whole timeline with who did each step: the audit trail. */
    @Transactional(readOnly = true)
    @PreAuthorize(StaffRole.IS_STAFF)
    public List<AuditStep> auditTrail(long id) {
        return timeline.findByProposalIdOrderByAtAscIdAsc(id).stream()
                .map(e -> new AuditStep(e.getAt(), e.getStatus(), e.getActor(), e.getNote())).toList();
    }

    /** Earlier proposals a "similar to" ground may point at: those handled within the window. */
    @Transactional(readOnly = true)
    @PreAuthorize(StaffRole.ACTS_ON_CASES)
    public List<CaseFile> recentForSimilarity(long exceptId) {
        Instant since = ZonedDateTime.now(clock).minus(rules.similarWindow()).toInstant();
        return proposals.findRecent(EnumSet.complementOf(EnumSet.of(ProposalStatus.SUBMITTED)), since,
                        org.springframework.data.domain.Limit.of(200)).stream()
                .filter(p -> p.getId() != exceptId && p.getReference() != null).map(CaseFile::of).toList();
    }

    @Transactional
    @PreAuthorize(StaffRole.ACTS_ON_CASES)
    public CaseFile publish(long id, long version) {
        Proposal p = load(id, version);
        Instant now = clock.instant();
        p.publish(now, ZonedDateTime.ofInstant(now, clock.getZone()).plus(rules.supportPeriod()).toInstant());
        steps.record(p, now, steps.staff(), null);
        events.publishEvent(new ProposalPublished(id));
        return stored(p);
    }

    @Transactional
    @PreAuthorize(StaffRole.ACTS_ON_CASES)
    public CaseFile reject(long id, long version, String groundCode, String note, Long similarToId) {
        checks.rejection(groundCode, note, similarToId, earlier -> proposals.existsById(earlier));
        var ground = rules.ground(groundCode).orElseThrow();
        Proposal p = load(id, version);
        Instant now = clock.instant();
        p.reject(groundCode, note == null || note.isBlank() ? null : note.strip(),
                ground.linksEarlier() ? similarToId : null, now);
        steps.record(p, now, steps.staff(), groundCode);
        events.publishEvent(new ProposalNotPublished(id));
        return stored(p);
    }

    @Transactional
    @PreAuthorize(StaffRole.ACTS_ON_CASES)
    public CaseFile refer(long id, long version, String committeeCode, String caseNumber) {
        checks.referral(committeeCode, caseNumber);
        Proposal p = load(id, version);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        p.refer(committeeCode, caseNumber.strip(), now, dueDates.decision(today));
        steps.record(p, now, steps.staff(), committeeCode + " " + caseNumber.strip());
        events.publishEvent(new ProposalReferred(id));
        return stored(p);
    }

    @Transactional
    @PreAuthorize(StaffRole.ACTS_ON_CASES)
    public CaseFile decide(long id, long version, Decision decision, String motivation, LocalDate meetingDate,
                           String minutesRef) {
        checks.decision(decision, motivation, meetingDate, minutesRef, LocalDate.now(clock));
        Proposal p = load(id, version);
        Instant now = clock.instant();
        p.decide(decision, motivation.strip(), meetingDate, minutesRef.strip(), now);
        steps.record(p, now, steps.staff(), decision.name());
        events.publishEvent(new ProposalDecided(id));
        return stored(p);
    }

    /**
     * The author's e-mail address, for staff who may write to them ({@link StaffRole#READS_ADDRESSES}): the case page
     * shows it beside the name. {@link CaseFile} has no address, so a committee member's page cannot show one.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(StaffRole.READS_ADDRESSES)
    public String authorAddress(long id) {
        // a resident without e-mail has a postal address there (DD40), shown on one line
        return se.huddinge.delaktighet.base.PostalAddress.display(
                proposals.findById(id).orElseThrow(ProposalService::notFound).getAuthorEmail());
    }

    /**
     * One step of the audit trail.
     *
     * @param actor the officer's username, or {@link #AUTHOR} or {@link #SYSTEM}
     * @param note  the ground's or the decision's code, or the committee and case number
     */
    public record AuditStep(Instant at, ProposalStatus status, String actor, String note) {
    }

    /** The actor of a step the author took. */
    public static final String AUTHOR = ProposalSteps.AUTHOR;
    /** The actor of a step the portal took itself (the threshold, a close). */
    public static final String SYSTEM = ProposalSteps.SYSTEM;

    /** The case after a step, with the version the step gave it (written now, so the next step can be checked). */
    private CaseFile stored(Proposal p) {
        proposals.flush();
        return CaseFile.of(p);
    }

    private Proposal load(long id, long version) {
        Proposal p = proposals.lockById(id).orElseThrow(ProposalService::notFound);
        if (p.getVersion() != version) {
            throw new ProposalException(WRONG_STATE, "The proposal was changed by someone else");
        }
        return p;
    }
}
