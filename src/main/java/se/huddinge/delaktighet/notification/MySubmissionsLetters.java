package se.huddinge.delaktighet.notification;

import java.util.HashMap;
import java.util.Locale;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.huddinge.delaktighet.base.PortalSettings;
import se.huddinge.delaktighet.base.i18n.PortalI18n;
import se.huddinge.delaktighet.proposal.MySubmissionsLinkRequested;
import se.huddinge.delaktighet.proposal.ProposalRules;

/**
 * Answers every request for "Mina inskick" by mail, so that only the mailbox learns whether the address has sent
 * anything. One letter per request (the request's id is the dedup key), also when the event is replayed.
 */
@Component
class MySubmissionsLetters {

    /** What the letter log shows the letters as being about: no reference number, no address. */
    static final String SUBJECT_REF = "mina-inskick";

    private final Letters letters;
    private final PortalSettings settings;
    private final ProposalRules rules;

    MySubmissionsLetters(Letters letters, PortalSettings settings, ProposalRules rules) {
        this.letters = letters;
        this.settings = settings;
        this.rules = rules;
    }

    @ApplicationModuleListener
    void on(MySubmissionsLinkRequested event) {
        var kind = event.found() ? MySubmissionsLetter.LINK : MySubmissionsLetter.NONE;
        var model = new HashMap<String, Object>();
        model.put("requestLink", settings.link("mina-inskick"));
        if (event.found()) {
            model.put("listLink", new LetterLink("mina-inskick/lista/", event.link()));
            model.put("linkHours", rules.mySubmissionsLinkValidity().toHours());
        }
        Locale locale = PortalI18n.supported(Locale.forLanguageTag(event.language() == null ? "" : event.language()));
        letters.write(new LetterRequest(kind.dedupKey(event.requestId()), kind.template(), SUBJECT_REF, event.email(),
                locale, model));
    }
}
