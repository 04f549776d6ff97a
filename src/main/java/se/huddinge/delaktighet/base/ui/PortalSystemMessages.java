package se.huddinge.delaktighet.base.ui;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.SystemMessagesInfo;
import com.vaadin.flow.server.SystemMessagesProvider;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.springframework.stereotype.Component;
import se.huddinge.delaktighet.base.i18n.PortalI18n;

/**
 * What Vaadin's page shows by itself when a request to the server goes wrong: an unexpected error, a message the
 * server cannot use (the page and the server out of step), an expired session, cookies turned off. The portal's
 * words in the visitor's language ({@link LanguageSelection}: the session's choice, else the cookie, else Swedish)
 * instead of Vaadin's English "Internal error … notify the administrator". An expired session is said, not reloaded
 * silently, so a resident who comes back to a form knows why what they filled in is gone.
 */
@Component
class PortalSystemMessages implements VaadinServiceInitListener, SystemMessagesProvider {

    private final CustomizedSystemMessages swedish;
    private final CustomizedSystemMessages finnish;
    private final CustomizedSystemMessages english;

    PortalSystemMessages(PortalI18n i18n) {
        this.swedish = messages(i18n, PortalI18n.SWEDISH);
        this.finnish = messages(i18n, PortalI18n.FINNISH);
        this.english = messages(i18n, PortalI18n.ENGLISH);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(this);
    }

    @Override
    public SystemMessages getSystemMessages(SystemMessagesInfo info) {
        // the cookie says, also for a session that has expired
        Locale chosen = LanguageSelection.chosen(info.getRequest());
        return switch (chosen.getLanguage()) {
            case "en" -> english;
            case "fi" -> finnish;
            default -> swedish;
        };
    }

    private static CustomizedSystemMessages messages(PortalI18n i18n, Locale locale) {
        var m = new CustomizedSystemMessages();
        m.setSessionExpiredNotificationEnabled(true);
        m.setSessionExpiredCaption(i18n.getTranslation("system.sessionExpired.caption", locale));
        m.setSessionExpiredMessage(i18n.getTranslation("system.sessionExpired.message", locale));
        m.setInternalErrorCaption(i18n.getTranslation("system.internalError.caption", locale));
        m.setInternalErrorMessage(i18n.getTranslation("system.internalError.message", locale));
        m.setSyncErrorCaption(i18n.getTranslation("system.syncError.caption", locale));
        m.setSyncErrorMessage(i18n.getTranslation("system.syncError.message", locale));
        m.setCookiesDisabledCaption(i18n.getTranslation("system.cookiesDisabled.caption", locale));
        m.setCookiesDisabledMessage(i18n.getTranslation("system.cookiesDisabled.message", locale));
        return m;
    }
}
