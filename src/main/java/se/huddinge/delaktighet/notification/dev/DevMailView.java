package se.huddinge.delaktighet.notification.dev;

import se.huddinge.delaktighet.security.StaffRole;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import se.huddinge.delaktighet.base.ui.PortalPage;

/** Development only: every letter the embedded SMTP server received, newest first. */
@Route(value = "dev/brev", registerAtStartup = false)
@RolesAllowed({StaffRole.OFFICER_ROLE, StaffRole.COMMITTEE_ROLE, StaffRole.ADMIN_ROLE})
class DevMailView extends PortalPage {

    /** The letter's plain-text part, as the resident's mail program shows it. */
    private static String plainText(jakarta.mail.Part part) {
        try {
            if (part.isMimeType("text/plain")) {
                return part.getContent().toString();
            }
            if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    String text = plainText(multipart.getBodyPart(i));
                    if (!text.isEmpty()) {
                        return text;
                    }
                }
            }
            return "";
        } catch (MessagingException | java.io.IOException e) {
            return GreenMailUtil.getBody(part);
        }
    }

    DevMailView(GreenMail smtp) throws MessagingException {
        super("devmail.title");
        add(new Paragraph(getTranslation("devmail.intro")));
        List<MimeMessage> messages = Arrays.asList(smtp.getReceivedMessages());
        if (messages.isEmpty()) {
            add(new Paragraph(getTranslation("devmail.empty")));
        }
        for (int i = messages.size() - 1; i >= 0; i--) {
            MimeMessage m = messages.get(i);
            String to = Arrays.stream(m.getAllRecipients()).map(Address::toString).collect(Collectors.joining(", "));
            var details = new Details(m.getSubject() + " — " + to, new Pre(plainText(m)));
            add(details);
        }
    }
}
