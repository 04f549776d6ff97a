package se.huddinge.delaktighet.notification;

import java.util.Map;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.huddinge.delaktighet.base.PortalSettings;
import se.huddinge.delaktighet.base.i18n.PortalI18n;
import se.huddinge.delaktighet.security.StaffAccountCreated;

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
}
