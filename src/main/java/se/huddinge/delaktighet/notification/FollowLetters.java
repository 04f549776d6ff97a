package se.huddinge.delaktighet.notification;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.huddinge.delaktighet.base.i18n.Dates;
import se.huddinge.delaktighet.base.i18n.InLanguage;
import se.huddinge.delaktighet.base.i18n.PortalI18n;
import se.huddinge.delaktighet.proposal.FollowThroughEvents.FollowRequested;
import se.huddinge.delaktighet.proposal.FollowThroughEvents.ImplementationOverdue;
import se.huddinge.delaktighet.proposal.FollowThroughEvents.ImplementationStatusChanged;
import se.huddinge.delaktighet.proposal.ImplementationRecord;
import se.huddinge.delaktighet.proposal.ImplementationStatus;
import se.huddinge.delaktighet.proposal.LetterFacts;
import se.huddinge.delaktighet.proposal.ProposalImplementations;
import se.huddinge.delaktighet.proposal.ProposalMailing;
import se.huddinge.delaktighet.proposal.ServiceLevels;

/**
 * The letters of following a proposal and of an approved proposal's follow-through (DD29): the link that makes an
 * address follow; at each change of the work's status, the author's letter and a round to the followers and the
 * supporters who asked to hear ({@link SubscriberLetters}); the officers' reminder when a planned date passed.
 */
@Component
class FollowLetters {

    /** The page a follower's stop link opens (before the token). */
    static final String STOP_PATH = "folj/sluta/";

    private final ProposalLetterWriter writer;
    private final ProposalMailing mailing;
    private final ProposalImplementations implementations;
    private final SubscriberLetters subscribers;
    private final ServiceLevels levels;

    FollowLetters(ProposalLetterWriter writer, ProposalMailing mailing, ProposalImplementations implementations,
                  SubscriberLetters subscribers, ServiceLevels levels) {
        this.writer = writer;
        this.mailing = mailing;
        this.implementations = implementations;
        this.subscribers = subscribers;
        this.levels = levels;
    }

    @ApplicationModuleListener
    void on(FollowRequested event) {
        writer.toResident(ProposalLetter.FOLLOW_CONFIRM_EMAIL, mailing.letterFacts(event.proposalId()),
                mailing.follower(event.followId()),
                Map.of("confirmLink", new LetterLink("folj/bekrafta/", event.confirmLink())),
                event.followId(), event.confirmLink().id());
    }

    @ApplicationModuleListener
    void on(ImplementationStatusChanged event) {
        LetterFacts facts = mailing.letterFacts(event.proposalId());
        var update = implementations.update(event.updateId());
        writer.toAuthor(ProposalLetter.IMPLEMENTATION, facts, words(update, facts.language()), "u" + update.id());
        subscribers.plan(ProposalLetter.SUPPORTER_IMPLEMENTATION, facts.id(), null, update.id());
    }

    @ApplicationModuleListener
    void on(ImplementationOverdue event) {
        LetterFacts p = mailing.letterFacts(event.proposalId());
        var record = implementations.of(event.proposalId()).orElseThrow();
        var model = new HashMap<String, Object>();
        model.put("plannedDate", Dates.longDate(event.plannedDate(), PortalI18n.SWEDISH));
        model.put("implementationUnit", record.unit());
        model.put("caseLink", writer.link("granskning/forslag/" + p.id()));
        writer.toStaff(ProposalLetter.IMPLEMENTATION_REMINDER, p, levels.officerEmail(), model, p.id(),
                event.plannedDate());
    }

    /** An update in the reader's words: the status named, the planned date written out, the note as typed. */
    static Map<String, Object> words(ImplementationRecord.Step u, String language) {
        Locale locale = PortalI18n.supported(Locale.forLanguageTag(language == null ? "" : language));
        var m = new HashMap<String, Object>();
        m.put("implementationStatus", statusName(u.status(), locale));
        m.put("implementationUnit", u.unit());
        m.put("implementationOpen", u.status().isOpen());
        m.put("plannedDate", Dates.longDate(u.plannedDate(), locale));
        if (u.reason() != null) {
            m.put("implementationReason", u.reason());
        }
        if (u.note() != null) {
            m.put("implementationNote", u.note());
        }
        return m;
    }

    private static String statusName(ImplementationStatus status, Locale l) {
        return switch (status) {
            case PLANNED -> InLanguage.pick(l, "planerat", "planned", "suunniteltu");
            case UNDER_WAY -> InLanguage.pick(l, "arbetet pågår", "under way", "työ on käynnissä");
            case DONE -> InLanguage.pick(l, "klart", "done", "valmis");
            case NOT_DONE -> InLanguage.pick(l, "blir inte av", "will not be done", "ei toteuteta");
        };
    }
}
