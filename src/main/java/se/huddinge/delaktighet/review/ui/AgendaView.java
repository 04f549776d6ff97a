package se.huddinge.delaktighet.review.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;

import jakarta.annotation.security.RolesAllowed;
import se.huddinge.delaktighet.base.ui.PortalPage;
import se.huddinge.delaktighet.reporting.AgendaItems;
import se.huddinge.delaktighet.security.SignedIn;
import se.huddinge.delaktighet.security.StaffRole;

/** A draft agenda item for a chosen meeting: text to copy into the committee's papers, and a PDF. */
@Route("granskning/arende")
@RolesAllowed({StaffRole.OFFICER_ROLE, StaffRole.COMMITTEE_ROLE, StaffRole.ADMIN_ROLE})
class AgendaView extends PortalPage {

    private volatile LocalDate meetingDate;

    AgendaView(AgendaItems agenda, Clock clock, SignedIn signedIn) {
        super("agenda.title");
        add(new ReviewNav("granskning/arende", signedIn));
        add(new Paragraph(getTranslation("agenda.intro")));
        var meeting = new DatePicker(getTranslation("agenda.meeting"));
        meeting.setLocale(getLocale());
        var text = new TextArea(getTranslation("agenda.text"));
        text.setReadOnly(true);
        text.setWidthFull();
        text.setId("agenda-text");
        Locale locale = getLocale();
        DownloadHandler pdf = event -> {
            event.setFileName("arende-" + meetingDate + ".pdf");
            event.setContentType("application/pdf");
            agenda.pdf(meetingDate, locale, event.getOutputStream());
        };
        var download = new Anchor(pdf, getTranslation("agenda.pdf"));
        download.setId("agenda-pdf");
        meeting.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                meetingDate = e.getValue();
                text.setValue(agenda.draft(e.getValue(), getLocale()).text());
            }
        });
        add(meeting, download, text);
        meeting.setValue(LocalDate.now(clock));
    }
}
