package se.huddinge.delaktighet.proposal;

import se.huddinge.delaktighet.security.StaffRole;
import static se.huddinge.delaktighet.proposal.ProposalException.Reason.WRONG_STATE;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.huddinge.delaktighet.proposal.ProposalEvents.*;
import se.huddinge.delaktighet.proposal.internal.InputCheck;
import se.huddinge.delaktighet.proposal.internal.ProposalRepository;
import se.huddinge.delaktighet.proposal.internal.SupportRepository;
import se.huddinge.delaktighet.proposal.internal.TimelineRepository;

/**
 * What officers do with a proposal: moderate, refer, record the decision. Each step checks the role here too,
 * is kept on the timeline with who did it, and publishes its event (so the letter follows).
 */
@Service
public class ProposalCaseService {

    private final ProposalRepository proposals;
    private final SupportRepository supports;
    private final TimelineRepository timeline;
    private final ProposalSteps steps;
    private final ProposalRules rules;
    private final DueDates dueDates;
    private final ProposalChecks checks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProposalCaseService(ProposalRepository proposals, SupportRepository supports, TimelineRepository timeline,
                        ProposalSteps steps, ProposalRules rules, DueDates dueDates, ProposalChecks checks, ApplicationEventPublisher events,
                        Clock clock) {
        this.proposals = proposals;
        this.supports = supports;
        this.timeline = timeline;
        this.steps = steps;
        this.rules = rules;
        this.dueDates = dueDates;
        this.checks = checks;
        this.events = events;
        this.clock = clock;
    }

    /** Awaiting moderation, oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(StaffRole.IS_STAFF)
    public List<CaseFile> moderationQueue() {
        return proposals.findByStatusOrderByConfirmedAtAsc(ProposalStatus.IN_MODERATION).stream()
                .map(CaseFile::of).toList();
    }

    /** Reached the threshold or referred, waiting for the next step; oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(StaffRole.IS_STAFF)
    public List<CaseFile> referralAndDecisionQueue() {
        return proposals.findByStatusInOrderByThresholdReachedAtAsc(
                EnumSet.of(ProposalStatus.THRESHOLD_REACHED, ProposalStatus.REFERRED)).stream()
                .map(CaseFile::of).toList();
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
        steps.record(p, now, ProposalSteps.staff(), null);
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
        steps.record(p, now, ProposalSteps.staff(), groundCode);
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
        steps.record(p, now, ProposalSteps.staff(), committeeCode + " " + caseNumber.strip());
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
        steps.record(p, now, ProposalSteps.staff(), decision.name());
        events.publishEvent(new ProposalDecided(id));
        return stored(p);
    }

    /** For the letters: what they may say about the proposal. */
    @Transactional(readOnly = true)
    public LetterFacts letterFacts(long proposalId) {
        return LetterFacts.of(proposals.findById(proposalId).orElseThrow(ProposalService::notFound));
    }

    /**
     * For addressing the letters to supporters only: those who asked to hear about the close, the decision and a
     * take-up, one page at a time (at most {@code max}, after the support id {@code after}, 0 for the first page), so
     * that 100,000 of them are never read at once.
     */
    @Transactional(readOnly = true)
    public LetterFacts.SubscriberPage subscribersForLetters(long proposalId, long after, int max) {
        var page = supports.findSubscribersAfter(proposalId, after, org.springframework.data.domain.Limit.of(max));
        return new LetterFacts.SubscriberPage(page.stream()
                .map(s -> new LetterFacts.Subscriber(s.getEmail(), s.getLanguage())).toList(),
                page.isEmpty() ? after : page.getLast().getId());
    }

    /** For the support letters: the supporter's address and language. */
    @Transactional(readOnly = true)
    public LetterFacts.Subscriber supporter(long supportId) {
        var s = supports.findById(supportId).orElseThrow(ProposalService::notFound);
        return new LetterFacts.Subscriber(s.getEmail(), s.getLanguage());
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

    /** Counts for the dashboard. */
    @Transactional(readOnly = true)
    @PreAuthorize(StaffRole.IS_STAFF)
    public Map<ProposalStatus, Long> countsByStatus() {
        var counts = new LinkedHashMap<ProposalStatus, Long>();
        for (ProposalStatus s : ProposalStatus.values()) {
            counts.put(s, proposals.countByStatus(s));
        }
        return counts;
    }

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
