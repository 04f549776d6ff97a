package se.huddinge.delaktighet.notification;

import java.util.Locale;
import java.util.Map;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.huddinge.delaktighet.base.i18n.Dates;
import se.huddinge.delaktighet.base.i18n.PortalI18n;
import se.huddinge.delaktighet.proposal.LetterFacts;
import se.huddinge.delaktighet.proposal.ProposalMailing;
import se.huddinge.delaktighet.proposal.ProposalEvents.StepDelayed;
import se.huddinge.delaktighet.proposal.ProposalEvents.StepDueSoon;
import se.huddinge.delaktighet.proposal.ServiceLevels;

/** Letters about due dates: the officers' reminder before one, the submitter's delay letter after one. */
@Component
class DeadlineLetters {

    private final ProposalLetterWriter writer;
    private final ProposalMailing mailing;
    private final ServiceLevels levels;

    DeadlineLetters(ProposalLetterWriter writer, ProposalMailing mailing, ServiceLevels levels) {
        this.writer = writer;
        this.mailing = mailing;
        this.levels = levels;
    }

    @ApplicationModuleListener
    void on(StepDelayed event) {
        LetterFacts p = mailing.letterFacts(event.proposalId());
        Locale l = PortalI18n.supported(Locale.forLanguageTag(p.language()));
        writer.toAuthor(ProposalLetter.DELAYED, p, Map.of("step", event.step().name(),
                "previousDue", Dates.longDate(event.previousDue(), l), "newDue", Dates.longDate(event.newDue(), l)),
                event.step(), event.previousDue());
    }

    @ApplicationModuleListener
    void on(StepDueSoon event) {
        LetterFacts p = mailing.letterFacts(event.proposalId());
        writer.toStaff(ProposalLetter.OFFICER_REMINDER, p, levels.officerEmail(), Map.of("step", event.step().name(),
                        "due", Dates.longDate(event.due(), PortalI18n.SWEDISH),
                        "caseLink", writer.link("granskning/forslag/" + p.id())),
                p.id(), event.step(), event.due());
    }
}
