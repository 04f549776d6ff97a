package se.huddinge.delaktighet.nomination;

import static se.huddinge.delaktighet.base.form.Reason.REQUIRED;
import static se.huddinge.delaktighet.base.form.Reason.SELF;
import static se.huddinge.delaktighet.base.form.Reason.TOO_MANY;
import static se.huddinge.delaktighet.nomination.NominationException.Reason.*;
import static se.huddinge.delaktighet.nomination.NominationFormField.CONSENT;
import static se.huddinge.delaktighet.nomination.NominationFormField.EMAIL;
import static se.huddinge.delaktighet.nomination.NominationFormField.KIND;
import static se.huddinge.delaktighet.nomination.NominationFormField.MOTIVATION;
import static se.huddinge.delaktighet.nomination.NominationFormField.NOMINATOR_NAME;
import static se.huddinge.delaktighet.nomination.NominationFormField.NOMINEE_CONTACT;
import static se.huddinge.delaktighet.nomination.NominationFormField.NOMINEE_NAME;
import static se.huddinge.delaktighet.nomination.NominationFormField.TIE;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.huddinge.delaktighet.base.LinkRef;
import se.huddinge.delaktighet.base.OneTimeLink;
import se.huddinge.delaktighet.base.form.FieldChecks;
import se.huddinge.delaktighet.base.form.InvalidInput;
import se.huddinge.delaktighet.base.form.Reason;
import se.huddinge.delaktighet.base.i18n.PortalI18n;
import se.huddinge.delaktighet.nomination.NominationEvents.NominationConfirmed;
import se.huddinge.delaktighet.nomination.NominationEvents.NominationConfirmedTooLate;
import se.huddinge.delaktighet.nomination.NominationEvents.NominationSubmitted;
import se.huddinge.delaktighet.nomination.internal.Nomination;
import se.huddinge.delaktighet.nomination.internal.NominationRepository;
import se.huddinge.delaktighet.nomination.internal.PrizeRound;
import se.huddinge.delaktighet.nomination.internal.PrizeRoundRepository;
import se.huddinge.delaktighet.proposal.ProposalRules;
import se.huddinge.delaktighet.base.AddressAllowance;
import se.huddinge.delaktighet.base.InputCheck;
import se.huddinge.delaktighet.base.AssistedChecks;
import se.huddinge.delaktighet.base.AuditLog;
import se.huddinge.delaktighet.base.OnBehalf;
import se.huddinge.delaktighet.base.PostalAddress;
import se.huddinge.delaktighet.security.SignedIn;
import se.huddinge.delaktighet.security.StaffRole;
import org.springframework.security.access.prepost.PreAuthorize;
import se.huddinge.delaktighet.base.ReferenceNumbers;

/**
 * What residents do with the prize: nominate and prove their address. The deadline is checked here, on the server,
 * at the moment the nomination is saved and again when its link is followed. Link letters count against the same
 * per-address allowance as the proposal forms'.
 */
@Service
public class NominationService {

    private static final java.util.regex.Pattern PHONE = java.util.regex.Pattern.compile("[0-9 +()\\-]{5,40}");

    private final PrizeRoundRepository rounds;
    private final NominationRepository nominations;
    private final ReferenceNumbers references;
    private final AddressAllowance allowance;
    private final ProposalRules proposalRules;
    private final PrizeRules rules;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final SignedIn signedIn;
    private final Clock clock;

    NominationService(PrizeRoundRepository rounds, NominationRepository nominations, ReferenceNumbers references,
                      AddressAllowance allowance, ProposalRules proposalRules, PrizeRules rules,
                      ApplicationEventPublisher events, AuditLog audit, SignedIn signedIn, Clock clock) {
        this.rounds = rounds;
        this.nominations = nominations;
        this.references = references;
        this.allowance = allowance;
        this.proposalRules = proposalRules;
        this.rules = rules;
        this.events = events;
        this.audit = audit;
        this.signedIn = signedIn;
        this.clock = clock;
    }

    /**
     * Saves a nomination to the round, waiting for its address to be proven, and sends the link. All or nothing.
     *
     * @throws NominationException {@code CLOSED} or {@code NOT_OPEN} when the round does not accept nominations now
     * @throws InvalidInput        the form's problems, field by field
     */
    @Transactional
    public long submit(long roundId, NominationForm form, Locale locale) {
        Instant now = clock.instant();
        RoundFacts round = rounds.findById(roundId).map(PrizeRound::facts)
                .orElseThrow(() -> new NominationException(NO_ROUND));
        if (now.isBefore(round.opensAt())) {
            throw new NominationException(NOT_OPEN, round.opensAt());
        }
        if (!round.acceptsNominationsAt(now)) {
            throw new NominationException(CLOSED, round.closesAt());
        }
        check(round, form, true).throwIfAny();
        String email = InputCheck.normaliseEmail(form.email());
        if (!allowance.take("link-letters", email, proposalRules.linkLettersPerAddress(),
                proposalRules.mySubmissionsWindow()).granted()) {
            throw new InvalidInput(EMAIL, TOO_MANY);
        }
        var nomination = nominations.save(new Nomination(round.id(), form, email,
                PortalI18n.supported(locale).getLanguage(), now, now.plus(rules.linkValidity())));
        events.publishEvent(new NominationSubmitted(nomination.getId(),
                new LinkRef(NominationLinkMint.KIND, nomination.getId())));
        return nomination.getId();
    }

    /**
     * Registers a nomination an officer took on paper, by phone or at the service centre (DD42): it counts at once,
     * with its number, as a web nomination does once its link is followed; the officer's registration is the
     * confirmation, so no link letter is written. The round's deadline holds: after it (or before the round opens)
     * the {@link AssistedNominationField#ROUND} is refused. The receipt and every later letter go to the nominator's
     * e-mail address if the form has one, else by post to {@code who}'s address. The audit trail names the officer
     * and the channel, never the person. Returns the nomination's number.
     *
     * @throws InvalidInput every problem at its {@link AssistedNominationField}
     */
    @Transactional
    @PreAuthorize(StaffRole.ACTS_ON_CASES)
    public String registerOnBehalf(long roundId, NominationForm form, AssistedNominator who) {
        Instant now = clock.instant();
        PrizeRound round = rounds.findById(roundId).orElseThrow(() -> new NominationException(NO_ROUND));
        var problems = new FieldChecks();
        if (!round.acceptsNominationsAt(now)) {
            problems.add(AssistedNominationField.ROUND, Reason.OUTSIDE);
        }
        AssistedChecks.cameIn(problems, AssistedNominationField::valueOf, who.channel(), who.identifiedBy(),
                form.consent(), who.language());
        boolean byEmail = form.email() != null && !form.email().isBlank();
        if (!byEmail) {
            AssistedChecks.address(problems, AssistedNominationField::valueOf, form.nominatorName(), who.street(),
                    who.postcode(), who.town());
        }
        for (var e : check(round.facts(), form, byEmail).errors()) {
            var field = AssistedNominationField.of((NominationFormField) e.field());
            if (e.item() == null) {
                problems.add(field, e.reason());
            } else {
                problems.add(field, e.reason(), e.item());
            }
        }
        problems.throwIfAny();
        String recipient = byEmail ? InputCheck.normaliseEmail(form.email())
                : PostalAddress.of(form.nominatorName(), who.street(), who.postcode(), who.town()).recipient();
        String officer = signedIn.username().orElseThrow();
        var nomination = nominations.save(Nomination.onBehalf(round, form, recipient, who.language(),
                new OnBehalf(who.channel(), who.identifiedBy(), officer, now), now,
                () -> references.next("DP", round.getYear())));
        audit.record(AuditLog.Kind.ASSISTED, nomination.getReference(), null, "nomination:" + who.channel().name());
        events.publishEvent(new NominationConfirmed(nomination.getId()));
        return nomination.getReference();
    }

    /** The outcome of following the link: counted with its number, or too late (then {@code reference} is null). */
    public record Confirmation(String reference, boolean counted, int year, Instant closesAt, String nomineeName) {
    }

    /** The nominator followed the link: the nomination counts if the round still accepts nominations now. */
    @Transactional
    public Confirmation confirm(String token) {
        Instant now = clock.instant();
        Nomination n = OneTimeLink.idOf(token, nominations::findIdByTokenHash, nominations::findIdByPreviousTokenHash)
                .flatMap(nominations::lockById).filter(found -> found.linkMatches(token))
                .orElseThrow(() -> new NominationException(LINK_INVALID));
        PrizeRound round = rounds.findById(n.getRoundId()).orElseThrow();
        boolean counted = n.confirm(round, now, () -> references.next("DP", round.getYear()));
        events.publishEvent(counted ? new NominationConfirmed(n.getId()) : new NominationConfirmedTooLate(n.getId()));
        return new Confirmation(n.getReference(), counted, round.getYear(), round.facts().closesAt(), n.getNomineeName());
    }

    /** A nomination as its nominator sees it in "Mina inskick". */
    public record MyNomination(String reference, int year, String nomineeName, NominationStatus status,
                               boolean published, boolean won, boolean linkLapsed, java.time.LocalDate announceBy) {
    }

    @Transactional(readOnly = true)
    public boolean anyFrom(String email) {
        return nominations.existsByNominatorEmail(email);
    }

    @Transactional(readOnly = true)
    public List<MyNomination> from(String email) {
        Instant now = clock.instant();
        return nominations.findByNominatorEmailOrderBySubmittedAtDesc(email).stream().map(n -> {
            RoundFacts round = rounds.findById(n.getRoundId()).orElseThrow().facts();
            return new MyNomination(n.getReference(), round.year(), n.getNomineeName(), n.getStatus(),
                    round.isPublished(), round.isPublished() && n.isWon(),
                    n.getStatus() == NominationStatus.AWAITING_CONFIRMATION && now.isAfter(n.getSubmittedAt()
                            .plus(rules.linkValidity())),
                    round.announceOn() != null ? round.announceOn() : round.awardDay());
        }).toList();
    }

    /** The form's problems; {@code emailRequired} false for an officer's registration of a nominator by post. */
    private FieldChecks check(RoundFacts round, NominationForm f, boolean emailRequired) {
        var problems = new FieldChecks();
        problems.check(NOMINEE_NAME, InputCheck.text(f.nomineeName(), rules.nameMax(), false));
        if (f.kind() == null) {
            problems.add(KIND, REQUIRED);
        }
        problems.check(TIE, InputCheck.text(f.tie(), rules.tieMax(), true));
        for (var criterion : round.criteria()) {
            String text = f.motivations() == null ? null : f.motivations().get(criterion.id());
            problems.check(MOTIVATION, InputCheck.text(text, rules.motivationMax(), true), criterion.id());
        }
        if (f.nomineeContact() != null && !f.nomineeContact().isBlank()) {
            problems.check(NOMINEE_CONTACT, InputCheck.email(f.nomineeContact()));
        }
        problems.check(NOMINATOR_NAME, InputCheck.text(f.nominatorName(), rules.nameMax(), false));
        if (emailRequired) {
            problems.check(EMAIL, InputCheck.email(f.email()));
        }
        if (f.phone() != null && !f.phone().isBlank() && !PHONE.matcher(f.phone().strip()).matches()) {
            problems.add(NominationFormField.PHONE, Reason.PHONE);
        }
        if (!f.consent()) {
            problems.add(CONSENT, REQUIRED);
        }
        if (!round.selfNomination() && !problems.has(NOMINEE_NAME) && isSelf(f)) {
            problems.add(NOMINEE_NAME, SELF);
        }
        return problems;
    }

    /** The nominator names themselves, or gives their own address as the nominee's. */
    private static boolean isSelf(NominationForm f) {
        String nominee = f.nomineeName().strip().toLowerCase(Locale.ROOT);
        boolean sameName = f.nominatorName() != null && nominee.equals(f.nominatorName().strip().toLowerCase(Locale.ROOT));
        boolean sameAddress = f.nomineeContact() != null && f.email() != null && !f.nomineeContact().isBlank()
                && InputCheck.normaliseEmail(f.nomineeContact()).equals(InputCheck.normaliseEmail(f.email()));
        return sameName || sameAddress;
    }

}
