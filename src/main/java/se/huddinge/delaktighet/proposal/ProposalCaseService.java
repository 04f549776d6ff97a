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
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProposalCaseService(ProposalRepository proposals, SupportRepository supports, TimelineRepository timeline,
                        ProposalSteps steps, ProposalRules rules, DueDates dueDates, ApplicationEventPublisher events,
                        Clock clock) {
        this.proposals = proposals;
        this.supports = supports;
        this.timeline = timeline;
        this.steps = steps;
        this.rules = rules;
        this.dueDates = dueDates;
        this.events = events;
        this.clock = clock;
    }

    /** Awaiting moderation, oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(StaffRole.IS_STAFF)
    public List<Proposal> moderationQueue() {
        return proposals.findByStatusOrderByConfirmedAtAsc(ProposalStatus.IN_MODERATION);
    }

    /** Reached the threshold or referred, waiting for the next step; oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(StaffRole.IS_STAFF)
    public List<Proposal> referralAndDecisionQueue() {
        return proposals.findByStatusInOrderByThresholdReachedAtAsc(
                EnumSet.of(ProposalStatus.THRESHOLD_REACHED, ProposalStatus.REFERRED));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(StaffRole.IS_STAFF)
    public Proposal get(long id) {
        return proposals.findById(id).orElseThrow(ProposalService::notFound);
    }

    /** The whole timeline with who did each step: the audit trail. */
    @Transactional(readOnly = true)
    @PreAuthorize(StaffRole.IS_STAFF)
    public List<TimelineEntry> auditTrail(long id) {
        return timeline.findByProposalIdOrderByAtAscIdAsc(id);
    }

    /** Earlier proposals a "similar to" ground may point at: those handled within the window. */
    @Transactional(readOnly = true)
    @PreAuthorize(StaffRole.ACTS_ON_CASES)
    public List<Proposal> recentForSimilarity(long exceptId) {
        Instant since = ZonedDateTime.now(clock).minus(rules.similarWindow()).toInstant();
        return proposals.findRecent(EnumSet.complementOf(EnumSet.of(ProposalStatus.SUBMITTED)), since,
                        org.springframework.data.domain.Limit.of(200)).stream()
                .filter(p -> p.getId() != exceptId && p.getReference() != null).toList();
    }

    @Transactional
    @PreAuthorize(StaffRole.ACTS_ON_CASES)
    public Proposal publish(long id, long version) {
        Proposal p = load(id, version);
        Instant now = clock.instant();
        p.publish(now, ZonedDateTime.ofInstant(now, clock.getZone()).plus(rules.supportPeriod()).toInstant());
        steps.record(p, now, ProposalSteps.staff(), null);
        events.publishEvent(new ProposalPublished(id));
        return p;
    }

    @Transactional
    @PreAuthorize(StaffRole.ACTS_ON_CASES)
    public Proposal reject(long id, long version, String groundCode, String note, Long similarToId) {
        var problems = new LinkedHashMap<String, String>();
        var ground = rules.ground(groundCode);
        if (ground.isEmpty()) {
            problems.put("ground", "required");
        } else if (ground.get().linksEarlier() && (similarToId == null || proposals.findById(similarToId).isEmpty())) {
            problems.put("similarTo", "required");
        }
        if (note != null && !note.isBlank() && InputCheck.text(note, 1000, true) != null) {
            problems.put("note", InputCheck.text(note, 1000, true));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Proposal p = load(id, version);
        Instant now = clock.instant();
        p.reject(groundCode, note == null || note.isBlank() ? null : note.strip(),
                ground.get().linksEarlier() ? similarToId : null, now);
        steps.record(p, now, ProposalSteps.staff(), groundCode);
        events.publishEvent(new ProposalNotPublished(id));
        return p;
    }

    @Transactional
    @PreAuthorize(StaffRole.ACTS_ON_CASES)
    public Proposal refer(long id, long version, String committeeCode, String caseNumber) {
        var problems = new LinkedHashMap<String, String>();
        if (rules.committee(committeeCode).isEmpty()) {
            problems.put("committee", "required");
        }
        String caseProblem = InputCheck.text(caseNumber, 60, false);
        if (caseProblem != null) {
            problems.put("caseNumber", caseProblem);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Proposal p = load(id, version);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        p.refer(committeeCode, caseNumber.strip(), now, dueDates.decision(today));
        steps.record(p, now, ProposalSteps.staff(), committeeCode + " " + caseNumber.strip());
        events.publishEvent(new ProposalReferred(id));
        return p;
    }

    @Transactional
    @PreAuthorize(StaffRole.ACTS_ON_CASES)
    public Proposal decide(long id, long version, Decision decision, String motivation, LocalDate meetingDate,
                           String minutesRef) {
        var problems = new LinkedHashMap<String, String>();
        if (decision == null) {
            problems.put("decision", "required");
        }
        check(problems, "motivation", InputCheck.text(motivation, 4000, true));
        if (meetingDate == null) {
            problems.put("meetingDate", "required");
        } else if (meetingDate.isAfter(LocalDate.now(clock))) {
            problems.put("meetingDate", "future");
        }
        check(problems, "minutesRef", InputCheck.text(minutesRef, 500, false));
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Proposal p = load(id, version);
        Instant now = clock.instant();
        p.decide(decision, motivation.strip(), meetingDate, minutesRef.strip(), now);
        steps.record(p, now, ProposalSteps.staff(), decision.name());
        events.publishEvent(new ProposalDecided(id));
        return p;
    }

    /** For the letters: the proposal and the supporters who asked to hear about it. */
    @Transactional(readOnly = true)
    public LetterFacts letterFacts(long proposalId) {
        Proposal p = proposals.findById(proposalId).orElseThrow(ProposalService::notFound);
        var subscribers = supports.findByProposalIdAndConfirmedAtIsNotNullAndNotifyOnDecisionTrue(proposalId).stream()
                .map(s -> new LetterFacts.Subscriber(s.getEmail(), s.getLanguage())).toList();
        return new LetterFacts(p, subscribers);
    }

    /** For the support letters: the supporter's address and language. */
    @Transactional(readOnly = true)
    public LetterFacts.Subscriber supporter(long supportId) {
        var s = supports.findById(supportId).orElseThrow(ProposalService::notFound);
        return new LetterFacts.Subscriber(s.getEmail(), s.getLanguage());
    }

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

    private Proposal load(long id, long version) {
        Proposal p = proposals.lockById(id).orElseThrow(ProposalService::notFound);
        if (p.getVersion() != version) {
            throw new ProposalException(WRONG_STATE, "The proposal was changed by someone else");
        }
        return p;
    }

    private static void check(Map<String, String> problems, String field, String problem) {
        if (problem != null) {
            problems.put(field, problem);
        }
    }
}
