package se.huddinge.delaktighet.notification;

import java.util.Map;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.huddinge.delaktighet.base.PortalSettings;
import se.huddinge.delaktighet.base.i18n.PortalI18n;
import se.huddinge.delaktighet.base.i18n.Dates;
import se.huddinge.delaktighet.security.StaffAccountCreated;
import se.huddinge.delaktighet.security.StaffPasswordResetRequested;

/** Letters to staff. */
@Component
class StaffLetters {

    private final Letters letters;
    private final PortalSettings settings;

    StaffLetters(Letters letters, PortalSettings settings) {
        this.letters = letters;
        this.settings = settings;
    }

    @ApplicationModuleListener
    void on(StaffAccountCreated event) {
        letters.write(new LetterRequest("staff-welcome:" + event.accountId(), "staff-welcome",
                "staff:" + event.username(), event.email(), PortalI18n.SWEDISH,
                Map.of("name", event.displayName(), "username", event.username(),
                        "loginLink", settings.link("logga-in"))));
    }

    /** The one-time link an administrator sent for choosing a new password. */
    @ApplicationModuleListener
    void on(StaffPasswordResetRequested event) {
        letters.write(new LetterRequest("staff-password-reset:" + event.accountId() + ":" + event.validUntil(),
                "staff-password-reset", "staff:" + event.username(), event.email(), PortalI18n.SWEDISH,
                Map.of("name", event.displayName(), "username", event.username(),
                        "resetLink", new LetterLink("konto/nytt-losenord/", event.link()),
                        "validUntil", Dates.dateTime(event.validUntil().atZone(settings.zone()), PortalI18n.SWEDISH))));
    }
}
