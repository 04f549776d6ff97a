package se.huddinge.delaktighet.proposal;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.huddinge.delaktighet.base.LinkRef;
import se.huddinge.delaktighet.base.LinkSettings;
import se.huddinge.delaktighet.base.RetryOnDeadlock;
import se.huddinge.delaktighet.base.form.InvalidInput;
import se.huddinge.delaktighet.base.i18n.PortalI18n;
import se.huddinge.delaktighet.proposal.FollowThroughEvents.FollowRequested;
import se.huddinge.delaktighet.proposal.internal.AccessLink.Purpose;
import se.huddinge.delaktighet.proposal.internal.Follow;
import se.huddinge.delaktighet.proposal.internal.FollowRepository;
import se.huddinge.delaktighet.base.InputCheck;
import se.huddinge.delaktighet.proposal.internal.ProposalRepository;

/**
 * Following a proposal without supporting it (DD29): a resident proves an address by a one-time link, as for a
 * support, and then hears each step an opted-in supporter hears; the support count never changes. Every letter
 * carries the follower's own stop link, and "Mina inskick" lists what an address follows with a way to stop. The
 * page answers alike whatever the address; only the letter goes to it.
 */
@Service
public class ProposalFollows {

    private final ProposalRepository proposals;
    private final FollowRepository follows;
    private final Links links;
    private final RateLimits rateLimits;
    private final ProposalRules rules;
    private final LinkSettings linkSettings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProposalFollows(ProposalRepository proposals, FollowRepository follows, Links links, RateLimits rateLimits,
                    ProposalRules rules, LinkSettings linkSettings, ApplicationEventPublisher events, Clock clock) {
        this.proposals = proposals;
        this.follows = follows;
        this.links = links;
        this.rateLimits = rateLimits;
        this.rules = rules;
        this.linkSettings = linkSettings;
        this.events = events;
        this.clock = clock;
    }

    /** A proposal an address follows, for "Mina inskick". */
    public record Followed(String reference, String title, ProposalStatus status) {
    }

    /** The outcome of a follow link or a stop link: the proposal, and whether it had been done already. */
    public record Outcome(String reference, String title, boolean already) {
    }

    /**
     * A resident asks to follow a published proposal: they get a link, and follow once it is used.
     *
     * @throws InvalidInput      the address is missing or malformed (field {@code email})
     * @throws ProposalException NOT_FOUND when the proposal is not public
     */
    @Transactional
    @RetryOnDeadlock
    public void request(String reference, String email, Locale locale) {
        AddressFormField.check(email);
        Proposal proposal = proposals.findIdByReference(reference).flatMap(proposals::lockById)
                .filter(p -> p.getStatus().isPublic()).orElseThrow(ProposalService::notFound);
        String address = InputCheck.normaliseEmail(email);
        String language = PortalI18n.supported(locale).getLanguage();
        rateLimits.linkLetter(address, AddressFormField.EMAIL);
        Follow follow = follows.findByProposalIdAndEmail(proposal.getId(), address).orElse(null);
        if (follow == null) {
            follow = follows.saveAndFlush(new Follow(proposal.getId(), address, language, clock.instant()));
        } else if (!follow.isConfirmed()) {
            follow.language(language);
        }
        long link = links.issue(Purpose.CONFIRM_FOLLOW, follow.getId(), rules.linkValidity());
        events.publishEvent(new FollowRequested(follow.getId(), proposal.getId(), new LinkRef(Links.KIND, link)));
    }

    /** The link was followed: the address follows the proposal from now, with its own stop link. */
    @Transactional
    @RetryOnDeadlock
    public Outcome confirm(String token) {
        long followId = links.target(token, Purpose.CONFIRM_FOLLOW);
        // the lock order of DD10: the proposal, the follow, the link
        Proposal proposal = follows.findProposalId(followId).flatMap(proposals::lockById)
                .orElseThrow(ProposalService::notFound);
        Follow follow = follows.lockById(followId).orElseThrow(ProposalService::notFound);
        if (follow.isConfirmed() && !follow.isStopped()) {
            return new Outcome(proposal.getReference(), proposal.getTitle(), true);
        }
        links.use(token, Purpose.CONFIRM_FOLLOW);
        if (follow.isStopped()) {
            throw ProposalService.notFound();
        }
        long stop = links.issue(Purpose.STOP_FOLLOWING, followId, linkSettings.manageLongest());
        follow.confirm(clock.instant(), stop);
        return new Outcome(proposal.getReference(), proposal.getTitle(), false);
    }

    /** The stop link in a letter: no more letters, and the address is forgotten. Works again and again. */
    @Transactional
    @RetryOnDeadlock
    public Outcome stop(String token) {
        long followId = links.reusable(token, Purpose.STOP_FOLLOWING).getTargetId();
        Proposal proposal = follows.findProposalId(followId).flatMap(proposals::lockById)
                .orElseThrow(ProposalService::notFound);
        Follow follow = follows.lockById(followId).orElseThrow(ProposalService::notFound);
        boolean already = follow.isStopped();
        if (!already) {
            follow.stop(clock.instant());
        }
        return new Outcome(proposal.getReference(), proposal.getTitle(), already);
    }

    /** "Mina inskick": the proven address stops following the proposal. */
    @Transactional
    @RetryOnDeadlock
    public void stop(VerifiedAddress address, String reference) {
        Proposal proposal = proposals.findIdByReference(reference).flatMap(proposals::lockById)
                .orElseThrow(ProposalService::notFound);
        follows.findByProposalIdAndEmail(proposal.getId(), address.email()).map(f -> f.getId())
                .flatMap(follows::lockById).ifPresent(f -> f.stop(clock.instant()));
    }

    /** What the proven address follows, newest first; nothing of anyone else's. */
    @Transactional(readOnly = true)
    public List<Followed> following(VerifiedAddress address) {
        var ids = follows.findByEmailAndConfirmedAtIsNotNullOrderByConfirmedAtDesc(address.email()).stream()
                .map(Follow::getProposalId).toList();
        var byId = new HashMap<Long, Proposal>();
        proposals.findAllById(ids).forEach(p -> byId.put(p.getId(), p));
        return ids.stream().map(byId::get)
                .map(p -> new Followed(p.getReference(), p.getTitle(), p.getStatus())).toList();
    }

    /** Whether the address follows anything: "Mina inskick" then sends it a link. */
    @Transactional(readOnly = true)
    public boolean anyFor(String email) {
        return follows.existsByEmailAndConfirmedAtIsNotNull(InputCheck.normaliseEmail(email));
    }

    /** How many addresses follow the proposal now (staff's case page: a number, no address). */
    @Transactional(readOnly = true)
    public long count(long proposalId) {
        return follows.countByProposalIdAndConfirmedAtIsNotNullAndEmailIsNotNull(proposalId);
    }
}
