package se.huddinge.delaktighet.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import se.huddinge.delaktighet.base.PortalSettings;
import se.huddinge.delaktighet.base.PostalAddress;
import se.huddinge.delaktighet.base.i18n.Dates;
import se.huddinge.delaktighet.base.i18n.InLanguage;
import se.huddinge.delaktighet.base.i18n.PortalI18n;
import se.huddinge.delaktighet.proposal.LetterFacts;
import se.huddinge.delaktighet.proposal.ProposalMailing;
import se.huddinge.delaktighet.proposal.ProposalRules;

/**
 * Writes a letter about a proposal: the facts of the proposal put in the reader's words (dates with the weekday,
 * the committee and the ground by name, links), so that every template has the same values to choose from.
 * Must be called inside a transaction (an event listener's), like {@link Letters#write}.
 */
@Component
class ProposalLetterWriter {

    private final Letters letters;
    private final ProposalMailing mailing;
    private final ProposalRules rules;
    private final PortalSettings settings;
    private final Clock clock;

    ProposalLetterWriter(Letters letters, ProposalMailing mailing, ProposalRules rules, PortalSettings settings,
                         Clock clock) {
        this.letters = letters;
        this.mailing = mailing;
        this.rules = rules;
        this.settings = settings;
        this.clock = clock;
    }

    /** A letter to the proposal's author, once per proposal (and per {@code keyParts}, e.g. a link's token). */
    void toAuthor(ProposalLetter kind, LetterFacts p, Map<String, Object> extra, Object... keyParts) {
        var model = new HashMap<>(extra);
        model.put("authorName", p.authorName());
        Object[] parts = new Object[keyParts.length + 1];
        parts[0] = p.id();
        System.arraycopy(keyParts, 0, parts, 1, keyParts.length);
        write(kind, kind.dedupKey(parts), p, p.authorEmail(), p.language(), model);
    }

    /** A letter to a resident other than the author (a supporter); the author's name is not in its model. */
    void toResident(ProposalLetter kind, LetterFacts p, LetterFacts.Subscriber to, Map<String, Object> extra,
                    Object... keyParts) {
        write(kind, kind.dedupKey(keyParts), p, to.email(), to.language(), extra);
    }

    /** A letter to staff about a proposal, in Swedish, to an address from the settings. */
    void toStaff(ProposalLetter kind, LetterFacts p, String email, Map<String, Object> extra, Object... keyParts) {
        write(kind, kind.dedupKey(keyParts), p, email, "sv", extra);
    }

    /**
     * The letter to one supporter who asked to hear about the proposal, in their own language, for a batch of such
     * letters ({@link SubscriberLetters}): one per proposal (and per {@code keyParts}, e.g. a take-up) and address.
     */
    LetterRequest toSubscriber(ProposalLetter kind, LetterFacts p, LetterFacts.Subscriber to, Map<String, Object> extra,
                               Object... keyParts) {
        Object[] parts = Arrays.copyOf(keyParts, keyParts.length + 1);
        // a postal address is too long for the key: its normalised form's hash stands for it (DD40)
        parts[keyParts.length] = PostalAddress.fromRecipient(to.email())
                .map(a -> "post-" + Integer.toHexString(a.key().hashCode())).orElse(to.email());
        return request(kind, kind.dedupKey(parts), p, to.email(), to.language(), extra);
    }

    private void write(ProposalLetter kind, String dedupKey, LetterFacts p, String recipient, String language,
                       Map<String, Object> extra) {
        letters.write(request(kind, dedupKey, p, recipient, language, extra));
    }

    /** A letter of any catalogue about the proposal, with its facts in the reader's words. */
    LetterRequest request(LetterKind kind, String dedupKey, LetterFacts p, String recipient, String language,
                          Map<String, Object> extra) {
        Locale locale = PortalI18n.supported(Locale.forLanguageTag(language == null ? "" : language));
        var model = words(p, locale);
        model.putAll(extra);
        LetterRenderer.residentWords(kind, model);
        String subjectRef = Letters.proposalRef(p.id(), p.reference());
        return new LetterRequest(dedupKey, kind.template(), subjectRef, recipient, locale, model);
    }

    /** What a letter may say about the proposal, as plain strings in the reader's language; absent when unknown. */
    Map<String, Object> words(LetterFacts p, Locale l) {
        var m = new HashMap<String, Object>();
        m.put("title", p.title());
        m.put("threshold", rules.supportThreshold());
        m.put("supportCount", p.supportCount());
        m.put("linkHours", rules.linkValidity().toHours());
        put(m, "reference", p.reference(), r -> r);
        put(m, "statusLink", p.reference(), this::statusLink);
        put(m, "moderationDue", p.moderationDue(), d -> date(d, l));
        put(m, "supportEndsAt", p.supportEndsAt(), t -> dateTime(t, l));
        put(m, "referralDue", p.referralDue(), d -> date(d, l));
        put(m, "committee", p.committee(), c -> rules.committee(c).map(n -> n.name(l)).orElse(c));
        put(m, "caseNumber", p.caseNumber(), c -> c);
        put(m, "decisionDue", p.decisionDue(), d -> date(d, l));
        put(m, "decision", p.decision(), Enum::name);
        put(m, "motivation", p.decisionMotivation(), t -> t);
        put(m, "meetingDate", p.meetingDate(), d -> date(d, l));
        put(m, "minutesRef", p.minutesRef(), t -> t);
        rules.ground(p.ground() == null ? "" : p.ground()).ifPresent(g -> ground(m, g, l));
        put(m, "groundNote", p.groundNote(), t -> t);
        if (p.similarToId() != null) {
            var earlier = mailing.earlier(p.similarToId());
            put(m, "earlierReference", earlier.reference(), r -> r);
            if (earlier.status().isPublic()) {
                put(m, "earlierLink", earlier.reference(), this::statusLink);
            }
        }
        return m;
    }

    /**
     * Example words for what a proposal does not have yet, for the template editor's preview: a decision (by the
     * first committee), a ground for not publishing (the first one) and a politician who took it up, so that every
     * letter's preview, and the readability figure beside it, has the parts a resident will read.
     */
    void examples(Map<String, Object> m, Locale l) {
        if (!m.containsKey("decision")) {
            m.put("decision", "BIFALL");
            m.putIfAbsent("committee", rules.committees().getFirst().name(l));
            m.putIfAbsent("motivation", InLanguage.pick(l, "Fler bänkar gör parken lättare att besöka för äldre.",
                    "More benches make the park easier to visit for older people.",
                    "Lisää penkkejä helpottaa ikäihmisten käyntejä puistossa."));
            m.putIfAbsent("minutesRef", "2026-09-08 § 14");
            m.putIfAbsent("caseNumber", "2026/123");
        }
        if (!m.containsKey("groundName")) {
            ground(m, rules.grounds().getFirst(), l);
        }
        if (!m.containsKey("takenUpBy")) {
            m.put("takenUpBy", "Karin Berg (S)");
            m.put("takenUpBody", InLanguage.pick(l, "kommunfullmäktige", "the Municipal Council", "kunnanvaltuusto"));
            m.put("takenUpOn", date(LocalDate.now(clock), l));
        }
        if (!m.containsKey("implementationStatus")) {
            m.put("implementationStatus", InLanguage.pick(l, "arbetet pågår", "under way", "työ on käynnissä"));
            m.put("implementationUnit", InLanguage.pick(l, "Parkenheten", "The Parks Unit", "Puistoyksikkö"));
            m.put("implementationOpen", true);
            m.put("plannedDate", date(LocalDate.now(clock).plusMonths(3), l));
            m.put("implementationNote", InLanguage.pick(l, "Bänkarna är beställda.", "The benches are ordered.",
                    "Penkit on tilattu."));
        }
    }

    private static void ground(Map<String, Object> m, ProposalRules.Ground g, Locale l) {
        m.put("groundName", g.name(l));
        m.put("groundExplanation", g.explanation(l));
        m.put("groundTurnTo", g.turnTo(l));
    }

    String link(String path) {
        return settings.link(path);
    }

    private String statusLink(String reference) {
        return settings.link("forslag/" + reference);
    }

    private static String date(LocalDate date, Locale l) {
        return Dates.longDate(date, l);
    }

    private String dateTime(Instant instant, Locale l) {
        return Dates.dateTime(instant.atZone(clock.getZone()), l);
    }

    private static <T> void put(Map<String, Object> model, String name, T value, Function<T, String> words) {
        if (value != null) {
            model.put(name, words.apply(value));
        }
    }
}
