package se.huddinge.delaktighet.proposal;

import static se.huddinge.delaktighet.proposal.AssistedFormField.*;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.huddinge.delaktighet.base.AssistedChecks;
import se.huddinge.delaktighet.base.AuditLog;
import se.huddinge.delaktighet.base.InputCheck;
import se.huddinge.delaktighet.base.PostalAddress;
import se.huddinge.delaktighet.base.RetryOnDeadlock;
import se.huddinge.delaktighet.base.form.FieldChecks;
import se.huddinge.delaktighet.base.form.Reason;
import se.huddinge.delaktighet.proposal.internal.AccessLink;
import se.huddinge.delaktighet.proposal.internal.AccessLink.Purpose;
import se.huddinge.delaktighet.proposal.internal.AccessLinkRepository;
import se.huddinge.delaktighet.proposal.internal.ProposalRepository;
import se.huddinge.delaktighet.proposal.internal.Support;
import se.huddinge.delaktighet.proposal.internal.SupportRepository;
import se.huddinge.delaktighet.security.StaffRole;

/**
 * Proposals and supports an officer registers on a resident's behalf, from paper, a phone call or the service centre
 * (DD40). The officer saw or heard the person, so there is no e-mailed link to follow: the step a resident's link
 * would take is taken at once, through the same door ({@link ProposalService#confirm}, {@link
 * ProposalService#confirmSupport}), so it counts exactly as a confirmed web step does and every rule of that door
 * applies. The resident's address is a postal one: every letter to them goes to the print queue. One person, one
 * support: a support by post is unique per proposal by its normalised name and address ({@link PostalAddress#key});
 * a web support has no name, so the form shows the web supporters whose address holds the name, for the officer to
 * ask about.
 */
@Service
public class AssistedRegistrations {

    /** A web supporter whose e-mail address holds one of the resident's names: the officer asks the resident. */
    public record PossibleMatch(String email) {
    }

    private final ProposalRepository proposals;
    private final SupportRepository supports;
    private final AccessLinkRepository accessLinks;
    private final Links links;
    private final ProposalService service;
    private final ProposalSteps steps;
    private final ProposalRules rules;
    private final AuditLog audit;
    private final Clock clock;

    AssistedRegistrations(ProposalRepository proposals, SupportRepository supports, AccessLinkRepository accessLinks,
                          Links links, ProposalService service, ProposalSteps steps, ProposalRules rules,
                          AuditLog audit, Clock clock) {
        this.proposals = proposals;
        this.supports = supports;
        this.accessLinks = accessLinks;
        this.links = links;
        this.service = service;
        this.steps = steps;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Registers and confirms a proposal: it gets its number and goes to moderation at once; the receipt and every later
     * letter go by post. Returns its reference.
     *
     * @throws se.huddinge.delaktighet.base.form.InvalidInput with every problem at its {@link AssistedFormField}
     */
    @Transactional
    @RetryOnDeadlock
    @PreAuthorize(StaffRole.ACTS_ON_CASES)
    public String registerProposal(AssistedResident resident, String title, String text, String district,
                                   String category) {
        var problems = resident(resident);
        problems.check(TITLE, InputCheck.text(title, rules.titleMax(), false));
        problems.check(TEXT, InputCheck.text(text, rules.textMax(), true));
        if (district == null || !rules.districts().contains(district)) {
            problems.add(DISTRICT, Reason.REQUIRED);
        }
        if (category == null || rules.category(category).isEmpty()) {
            problems.add(CATEGORY, Reason.REQUIRED);
        }
        problems.throwIfAny();
        var address = address(resident);
        Instant now = clock.instant();
        var proposal = new Proposal(InputCheck.clean(title), InputCheck.clean(text), district, category,
                address.name(), address.recipient(), resident.language(), now);
        proposal.registeredOnBehalf(resident.channel(), resident.identifiedBy(), steps.staff(), now);
        proposal = proposals.save(proposal);
        // who registered it and how it came: the case history (the audit trail's decisions), without the person
        steps.record(proposal, now, steps.staff(), "På invånarens vägnar: " + resident.channel().name());
        long link = links.issue(Purpose.CONFIRM_PROPOSAL, proposal.getId(), rules.linkValidity());
        return service.confirm(token(link)).reference();
    }

    /**
     * Registers and counts a support of the proposal {@code reference}, as a followed support link counts one.
     *
     * @throws se.huddinge.delaktighet.base.form.InvalidInput PROPOSAL TAKEN when the same name and address already
     *                                                        support it, INVALID when it is not open for support
     */
    @Transactional
    @RetryOnDeadlock
    @PreAuthorize(StaffRole.ACTS_ON_CASES)
    public void registerSupport(AssistedResident resident, String reference, boolean notifyOnDecision) {
        var problems = resident(resident);
        if (reference == null || reference.isBlank()) {
            problems.add(PROPOSAL, Reason.REQUIRED);
        }
        problems.throwIfAny();
        Instant now = clock.instant();
        // the proposal's row first (DD10), as confirmSupport takes it
        Proposal proposal = proposals.findIdByReference(reference.strip()).flatMap(proposals::lockById)
                .filter(p -> p.getStatus().isPublic() && p.isOpenForSupport(now))
                .orElseThrow(() -> invalid(PROPOSAL, Reason.INVALID));
        var address = address(resident);
        if (supports.existsByProposalIdAndPostalKey(proposal.getId(), address.key())) {
            throw invalid(PROPOSAL, Reason.TAKEN);
        }
        var support = supports.saveAndFlush(Support.onBehalf(proposal.getId(), address, resident.language(),
                notifyOnDecision, resident.channel(), resident.identifiedBy(), steps.staff(), now));
        audit.record(AuditLog.Kind.ASSISTED, proposal.getReference(), null, "support:" + resident.channel().name());
        long link = links.issue(Purpose.CONFIRM_SUPPORT, support.getId(), rules.linkValidity());
        service.confirmSupport(token(link));
    }

    /**
     * The web supporters of a proposal whose e-mail address holds one of the resident's names (three letters or more,
     * accents and case ignored), at most 20: a web support carries no name, so this is all that can be matched.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(StaffRole.ACTS_ON_CASES)
    public List<PossibleMatch> possibleMatches(String reference, String name) {
        if (reference == null || name == null) {
            return List.of();
        }
        var words = java.util.Arrays.stream(name.split("[\\s-]+")).map(PostalAddress::fold)
                .filter(w -> w.length() >= 3).distinct().toList();
        return proposals.findIdByReference(reference.strip()).map(id -> words.stream()
                        .flatMap(w -> supports.findWebSupportersNamed(id, w, Limit.of(20)).stream()).distinct()
                        .limit(20).map(PossibleMatch::new).toList())
                .orElse(List.of());
    }

    private FieldChecks resident(AssistedResident r) {
        var problems = new FieldChecks();
        AssistedChecks.cameIn(problems, AssistedFormField::valueOf, r.channel(), r.identifiedBy(), r.consent(),
                r.language());
        AssistedChecks.address(problems, AssistedFormField::valueOf, r.name(), r.street(), r.postcode(), r.town());
        return problems;
    }

    private static PostalAddress address(AssistedResident r) {
        return PostalAddress.of(r.name(), r.street(), r.postcode(), r.town());
    }

    /** The link's token, minted here: the officer's registration takes the step its letter's link would take. */
    private String token(long linkId) {
        return accessLinks.lockById(linkId).map(AccessLink::mint).orElseThrow();
    }

    private static se.huddinge.delaktighet.base.form.InvalidInput invalid(AssistedFormField field, Reason reason) {
        return new se.huddinge.delaktighet.base.form.InvalidInput(field, reason);
    }
}
