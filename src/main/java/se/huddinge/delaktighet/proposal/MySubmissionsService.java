package se.huddinge.delaktighet.proposal;


import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.huddinge.delaktighet.base.LinkRef;
import se.huddinge.delaktighet.base.RetryOnDeadlock;
import se.huddinge.delaktighet.base.form.InvalidInput;
import se.huddinge.delaktighet.base.i18n.PortalI18n;
import se.huddinge.delaktighet.proposal.ProposalException.Reason;
import se.huddinge.delaktighet.proposal.internal.AccessLink.Purpose;
import se.huddinge.delaktighet.proposal.internal.AccessLinkRepository;
import se.huddinge.delaktighet.base.AddressRequestRepository;
import se.huddinge.delaktighet.base.InputCheck;
import se.huddinge.delaktighet.proposal.internal.ProposalRepository;
import se.huddinge.delaktighet.proposal.internal.Support;
import se.huddinge.delaktighet.proposal.internal.SupportRepository;

/**
 * "Mina inskick" without an account: a resident asks for a one-time link by e-mail, follows it, and sees what the
 * address submitted or supported. Whether an address has anything is never told to the one who asks, only to the
 * mailbox: every accepted request gets the same answer and a letter (with the link, or saying we found nothing).
 * An address may ask {@link ProposalRules#mySubmissionsMaxLinks()} times per
 * {@link ProposalRules#mySubmissionsWindow()}, counted in the database so the limit holds across instances.
 */
@Service
public class MySubmissionsService {

    /** How long a used or expired link is kept, so that following it says "used" or "expired" rather than "wrong". */
    static final Duration KEEP_EXPIRED_LINKS = Duration.ofDays(7);

    private final ProposalRepository proposals;
    private final SupportRepository supports;
    private final Links links;
    private final AccessLinkRepository accessLinks;
    private final AddressRequestRepository requests;
    private final RateLimits rateLimits;
    private final ProposalRules rules;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private List<OtherSubmissions> others = List.of();
    private se.huddinge.delaktighet.proposal.internal.FollowRepository follows;

    private MyComments comments;

    /** The comments an address wrote (DD28) also earn it a link. */
    @org.springframework.beans.factory.annotation.Autowired
    void setComments(MyComments comments) {
        this.comments = comments;
    }

    /** What an address follows (DD29) also earns it a link. */
    @org.springframework.beans.factory.annotation.Autowired
    void setFollows(se.huddinge.delaktighet.proposal.internal.FollowRepository follows) {
        this.follows = follows;
    }

    MySubmissionsService(ProposalRepository proposals, SupportRepository supports, Links links,
                         AccessLinkRepository accessLinks,
                         AddressRequestRepository requests, RateLimits rateLimits, ProposalRules rules,
                         ApplicationEventPublisher events,
                         Clock clock) {
        this.proposals = proposals;
        this.supports = supports;
        this.links = links;
        this.accessLinks = accessLinks;
        this.requests = requests;
        this.rateLimits = rateLimits;
        this.rules = rules;
        this.events = events;
        this.clock = clock;
    }

    /** The address asked too often; it may ask again at {@code retryAt}. Nothing was saved or sent. */
    public static class TooManyRequests extends RuntimeException {

        private final int max;
        private final Instant retryAt;

        TooManyRequests(int max, Instant retryAt) {
            super("Too many links asked for one address");
            this.max = max;
            this.retryAt = retryAt;
        }

        public int max() {
            return max;
        }

        public Instant retryAt() {
            return retryAt;
        }
    }

    /**
     * Sends the address a letter: the link when it has something to show, else word that we found nothing. The
     * caller learns only whether the input was valid and whether the address asked too often.
     *
     * @throws InvalidInput    the address is missing or malformed (field {@code email})
     * @throws TooManyRequests the address has asked its allowance within the window
     */
    @Transactional
    @RetryOnDeadlock
    public void requestLink(String email, Locale locale) {
        AddressFormField.check(email);
        String address = InputCheck.normaliseEmail(email);
        Instant now = clock.instant();
        long requestId = rateLimits.mySubmissionsLetter(address);
        LinkRef link = null;
        if (proposals.existsByAuthorEmail(address) || supports.existsByEmailAndConfirmedAtIsNotNull(address)
                || follows.existsByEmailAndConfirmedAtIsNotNull(address) || comments.anyFor(address)
                || others.stream().anyMatch(o -> o.existFor(address))) {
            link = new LinkRef(Links.KIND,
                    links.issueForAddress(Purpose.MY_SUBMISSIONS, address, rules.mySubmissionsLinkValidity()));
        }
        events.publishEvent(new MySubmissionsLinkRequested(requestId, address, link,
                PortalI18n.supported(locale).getLanguage()));
    }

    /**
     * What is wrong with a link, if anything, without using it: the page shows this before the visitor clicks.
     * Empty when the link can be used.
     */
    @Transactional(readOnly = true)
    public Optional<Reason> problem(String token) {
        return links.problem(token, Purpose.MY_SUBMISSIONS);
    }

    /**
     * Uses the link, once: the address it was sent to is proven for this visit.
     *
     * @throws ProposalException LINK_INVALID, LINK_USED or LINK_EXPIRED
     */
    @Transactional
    @RetryOnDeadlock
    public VerifiedAddress open(String token) {
        return new VerifiedAddress(links.use(token, Purpose.MY_SUBMISSIONS).getEmail(), Links.hash(token));
    }

    /** What the proven address wrote and supported; nothing of anyone else's. */
    @Transactional(readOnly = true)
    public MySubmissions list(VerifiedAddress address) {
        String email = address.email();
        Instant now = clock.instant();
        List<Proposal> own = proposals.findByAuthorEmailOrderBySubmittedAtDesc(email);
        Set<Long> ownIds = new HashSet<>(own.stream().map(Proposal::getId).toList());
        List<Long> supportedIds = supports.findByEmailAndConfirmedAtIsNotNullOrderByConfirmedAtDesc(email).stream()
                .map(Support::getProposalId).filter(id -> !ownIds.contains(id)).toList();
        var byId = new HashMap<Long, Proposal>();
        proposals.findAllById(supportedIds).forEach(p -> byId.put(p.getId(), p));
        return new MySubmissions(email, own.stream().map(p -> item(p, now)).toList(),
                supportedIds.stream().map(byId::get).map(p -> item(p, now)).toList());
    }

    /** What the address sent through other features (its nominations for the prize), one section each. */
    @Transactional(readOnly = true)
    public List<OtherSubmissions.Section> others(VerifiedAddress address, Locale locale) {
        return others.stream().map(o -> o.sectionFor(address.email(), locale)).toList();
    }

    @org.springframework.beans.factory.annotation.Autowired(required = false)
    void setOthers(List<OtherSubmissions> others) {
        this.others = List.copyOf(others);
    }

    /** Forgets what the rate limit and expired links no longer need: the addresses do not stay longer than that. */
    @Transactional
    @RetryOnDeadlock
    public void forgetOld() {
        Instant now = clock.instant();
        // the address locks first, as every request takes its address's lock before anything else (DD10)
        requests.lockAllAddresses();
        accessLinks.deleteExpired(Purpose.MY_SUBMISSIONS, now.minus(KEEP_EXPIRED_LINKS));
        requests.deleteOlderThan(now.minus(rules.mySubmissionsWindow()));
        requests.deleteUnusedLocks();
    }

    private MySubmissions.Item item(Proposal p, Instant now) {
        Instant confirmBy = p.getSubmittedAt().plus(rules.linkValidity());
        LocalDate date = switch (p.getStatus()) {
            case SUBMITTED -> day(confirmBy);
            case IN_MODERATION, THRESHOLD_REACHED, REFERRED -> WaitingStep.due(p);
            case PUBLISHED -> day(p.getSupportEndsAt());
            case DECIDED -> p.getMeetingDate();
            case NOT_PUBLISHED, CLOSED_BELOW_THRESHOLD -> day(p.getClosedAt());
            case WITHDRAWN -> day(p.getWithdrawnAt());
        };
        return new MySubmissions.Item(p.getReference(), p.getTitle(), p.getStatus(), date,
                p.getStatus() == ProposalStatus.SUBMITTED && now.isAfter(confirmBy), p.getSupportCount(),
                p.getCommittee(), p.getDecision(), p.getGround());
    }

    private LocalDate day(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, clock.getZone());
    }
}
