package se.huddinge.delaktighet.proposal;

import static se.huddinge.delaktighet.proposal.ProposalException.Reason.*;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import se.huddinge.delaktighet.base.LinkRef;
import se.huddinge.delaktighet.base.LinkSettings;
import se.huddinge.delaktighet.base.RetryOnDeadlock;
import se.huddinge.delaktighet.base.form.InvalidInput;
import se.huddinge.delaktighet.base.i18n.PortalI18n;
import se.huddinge.delaktighet.proposal.ProposalEvents.*;
import se.huddinge.delaktighet.proposal.internal.AccessLink.Purpose;
import se.huddinge.delaktighet.proposal.internal.Attachment;
import se.huddinge.delaktighet.proposal.internal.AttachmentRepository;
import se.huddinge.delaktighet.proposal.internal.FileTypes;
import se.huddinge.delaktighet.base.InputCheck;
import se.huddinge.delaktighet.proposal.internal.ProposalRepository;
import se.huddinge.delaktighet.base.ReferenceNumbers;
import se.huddinge.delaktighet.proposal.internal.Support;
import se.huddinge.delaktighet.proposal.internal.SupportRepository;
import se.huddinge.delaktighet.proposal.internal.TimelineRepository;

/** What residents do: submit and confirm, browse, support, withdraw. Public reads never carry personal data. */
@Service
public class ProposalService {

    private final ProposalRepository proposals;
    private final SupportRepository supports;
    private final Links links;
    private final AttachmentRepository attachments;
    private final TimelineRepository timeline;
    private final ReferenceNumbers references;
    private final ProposalSteps steps;
    private final RateLimits rateLimits;
    private final ProposalRules rules;
    private final DueDates dueDates;
    private final ProposalChecks checks;
    private final LinkSettings linkSettings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProposalService(ProposalRepository proposals, SupportRepository supports, Links links,
                    AttachmentRepository attachments, TimelineRepository timeline, ReferenceNumbers references,
                    ProposalSteps steps, ProposalRules rules, DueDates dueDates, ProposalChecks checks,
                    RateLimits rateLimits, LinkSettings linkSettings,
                    ApplicationEventPublisher events, Clock clock) {
        this.linkSettings = linkSettings;
        this.rateLimits = rateLimits;
        this.proposals = proposals;
        this.supports = supports;
        this.links = links;
        this.attachments = attachments;
        this.timeline = timeline;
        this.references = references;
        this.steps = steps;
        this.rules = rules;
        this.dueDates = dueDates;
        this.checks = checks;
        this.events = events;
        this.clock = clock;
    }

    /** Saves a proposal waiting for its e-mail to be proven; sends the link. All or nothing. */
    @Transactional
    @RetryOnDeadlock
    public long submit(ProposalForm form, Locale locale) {
        checks.submission(form);
        var files = ProposalChecks.attachments(form);
        rateLimits.linkLetter(InputCheck.normaliseEmail(form.email()), ProposalFormField.EMAIL);
        Instant now = clock.instant();
        var proposal = proposals.save(new Proposal(InputCheck.clean(form.title()), InputCheck.clean(form.text()),
                form.district(), form.category(), InputCheck.clean(form.name()), InputCheck.normaliseEmail(form.email()),
                PortalI18n.supported(locale).getLanguage(), now));
        for (var file : files) {
            String type = FileTypes.detect(file.data()).orElseThrow();
            attachments.save(new Attachment(proposal.getId(), FileTypes.named(safeFileName(file.fileName()), type),
                    type, file.data()));
        }
        steps.record(proposal, now, ProposalSteps.AUTHOR, null);
        long link = links.issue(Purpose.CONFIRM_PROPOSAL, proposal.getId(), rules.linkValidity());
        events.publishEvent(new ProposalSubmitted(proposal.getId(), new LinkRef(Links.KIND, link)));
        return proposal.getId();
    }

    /** The author followed the link: the proposal gets its number and goes to moderation. */
    @Transactional
    @RetryOnDeadlock
    public PublicProposal confirm(String token) {
        Instant now = clock.instant();
        // the proposal's row first, then the link's: the lock order of DD10
        Proposal proposal = proposals.lockById(links.target(token, Purpose.CONFIRM_PROPOSAL))
                .orElseThrow(() -> notFound());
        links.use(token, Purpose.CONFIRM_PROPOSAL);
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        proposal.confirm(references.next("HF", today.getYear()), now, dueDates.moderation(today));
        steps.record(proposal, now, ProposalSteps.AUTHOR, null);
        // the author's own link: it works until the matter ends and a while after (ManageLinkLife), at most this long
        long manage = links.issue(Purpose.MANAGE_PROPOSAL, proposal.getId(), linkSettings.manageLongest());
        events.publishEvent(new ProposalConfirmed(proposal.getId(), new LinkRef(Links.KIND, manage)));
        return PublicProposal.of(proposal, now);
    }

    /**
     * A resident asks to support: they get a link; the support counts when it is followed. An address that already
     * supports gets a letter saying so instead, and the caller sees the same outcome either way. The proposal's row is
     * not locked (DD35): requests of one proposal run side by side, and those of one address queue on its rate limit.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @RetryOnDeadlock
    public void requestSupport(String reference, String email, boolean notifyOnDecision, Locale locale) {
        AddressFormField.check(email);
        Instant now = clock.instant();
        Proposal proposal = proposals.findByReference(reference).filter(p -> p.getStatus().isPublic())
                .orElseThrow(() -> notFound());
        if (!proposal.isOpenForSupport(now)) {
            throw new ProposalException(SUPPORT_CLOSED, "Support period is closed");
        }
        String address = InputCheck.normaliseEmail(email);
        String language = PortalI18n.supported(locale).getLanguage();
        // the page answers alike whatever the address (docs/design.md, "Always"): only the letter to it may say more.
        // The address's lock first (DD35): a request by the same address waits here, then reads its row below
        rateLimits.linkLetter(address, AddressFormField.EMAIL);
        Support support = supports.findByProposalIdAndEmail(proposal.getId(), address).orElse(null);
        if (support != null && support.isConfirmed()) {
            events.publishEvent(new SupportRepeated(support.getId(), proposal.getId(), language, now));
            return;
        }
        if (support == null) {
            support = supports.saveAndFlush(new Support(proposal.getId(), address, language, notifyOnDecision, now));
        } else {
            support.update(language, notifyOnDecision);
        }
        long link = links.issue(Purpose.CONFIRM_SUPPORT, support.getId(), rules.linkValidity());
        events.publishEvent(new SupportRequested(support.getId(), proposal.getId(), new LinkRef(Links.KIND, link)));
    }

    /** The outcome of following a support link. */
    public record SupportOutcome(PublicProposal proposal, boolean alreadyCounted) {
    }

    /**
     * Counts the support if the period is still open now (checked here, on the server, when the link is used). The
     * support's row is the truth; the proposal's count changes by one atomic update at the end, which also decides
     * the threshold, once (DD35): supports of one proposal hold its row only from that update to the commit.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @RetryOnDeadlock
    public SupportOutcome confirmSupport(String token) {
        Instant now = clock.instant();
        long supportId = links.target(token, Purpose.CONFIRM_SUPPORT);
        // locks in the order of DD35: the support, the link, and last the proposal
        Support support = supports.lockById(supportId).orElseThrow(() -> notFound());
        long proposalId = support.getProposalId();
        if (support.isConfirmed()) {
            return new SupportOutcome(PublicProposal.of(proposals.findById(proposalId)
                    .orElseThrow(() -> notFound()), now), true);
        }
        links.use(token, Purpose.CONFIRM_SUPPORT);
        // no event: a counted support sends no letter and nothing listens for it (DD46); the threshold below has one
        support.confirm(now);
        if (proposals.countSupport(proposalId, now) == 0) {
            // closed, withdrawn or gone meanwhile: nothing is counted, and the rollback undoes the link's use too
            throw proposals.existsById(proposalId)
                    ? new ProposalException(SUPPORT_CLOSED, "Support period is closed") : notFound();
        }
        // this transaction holds the row's lock now: read it fresh, and only this support can see the crossing
        Proposal proposal = proposals.lockById(proposalId).orElseThrow(() -> notFound());
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        if (proposal.reachThreshold(now, rules.supportThreshold(), dueDates.referral(today))) {
            steps.record(proposal, now, ProposalSteps.SYSTEM, null);
            events.publishEvent(new ThresholdReached(proposal.getId()));
        }
        return new SupportOutcome(PublicProposal.of(proposal, now), false);
    }

    /** The proposal behind the author's management link. */
    @Transactional(readOnly = true)
    public PublicProposal managed(String token) {
        return PublicProposal.of(proposals.findById(links.reusable(token, Purpose.MANAGE_PROPOSAL).getTargetId())
                .orElseThrow(() -> notFound()), clock.instant());
    }

    /** The author withdraws their proposal, at any time before it is referred. */
    @Transactional
    @RetryOnDeadlock
    public PublicProposal withdraw(String token) {
        Instant now = clock.instant();
        Proposal proposal = proposals.lockById(links.reusable(token, Purpose.MANAGE_PROPOSAL).getTargetId())
                .orElseThrow(() -> notFound());
        proposal.withdraw(now);
        steps.record(proposal, now, ProposalSteps.AUTHOR, null);
        events.publishEvent(new ProposalWithdrawn(proposal.getId()));
        return PublicProposal.of(proposal, now);
    }


    private static String safeFileName(String name) {
        String base = name == null ? "fil" : name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return base.isEmpty() ? "fil" : base.length() > 200 ? base.substring(base.length() - 200) : base;
    }

    static ProposalException notFound() {
        return new ProposalException(NOT_FOUND, "No such proposal");
    }
}
