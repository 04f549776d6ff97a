package se.huddinge.delaktighet.review.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;

import jakarta.annotation.security.RolesAllowed;
import se.huddinge.delaktighet.base.ui.PortalPage;
import se.huddinge.delaktighet.reporting.FollowUps;
import se.huddinge.delaktighet.security.SignedIn;
import se.huddinge.delaktighet.security.StaffRole;

/**
 * The annual follow-up of Huddingeförslag for any year: the same document on screen, as PDF and as CSV. Opens on
 * the past year, the one the committee's February meeting reads.
 */
@Route("granskning/uppfoljning")
@RolesAllowed({StaffRole.OFFICER_ROLE, StaffRole.COMMITTEE_ROLE, StaffRole.ADMIN_ROLE})
class FollowUpView extends PortalPage {

    private final FollowUps followUps;
    private final Div report = new Div();
    private volatile int year;

    FollowUpView(FollowUps followUps, Clock clock, SignedIn signedIn) {
        super("followup.title");
        this.followUps = followUps;
        add(new ReviewNav("granskning/uppfoljning", signedIn));
        add(new Paragraph(getTranslation("followup.intro")));
        var years = new ComboBox<Integer>(getTranslation("followup.year"));
        years.setItems(followUps.years());
        years.setItemLabelGenerator(String::valueOf);
        Locale locale = getLocale();
        var pdf = new Anchor(download("pdf", "application/pdf", out -> followUps.pdf(year, locale, out)),
                getTranslation("followup.pdf"));
        pdf.setId("followup-pdf");
        var csv = new Anchor(download("csv", "text/csv; charset=UTF-8", out -> followUps.csv(year, locale, out)),
                getTranslation("followup.csv"));
        csv.setId("followup-csv");
        var downloads = new Div(pdf, csv);
        downloads.addClassName("downloads");
        add(years, downloads, report);
        years.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                show(e.getValue());
            }
        });
        years.setValue(LocalDate.now(clock).getYear() - 1);
    }

    private void show(int chosen) {
        year = chosen;
        report.removeAll();
        report.add(new Html(followUps.html(chosen, getLocale())));
    }

    private DownloadHandler download(String extension, String type, Writer writer) {
        return event -> {
            event.setFileName("huddingeforslag-uppfoljning-" + year + "." + extension);
            event.setContentType(type);
            writer.write(event.getOutputStream());
        };
    }

    @FunctionalInterface
    private interface Writer {
        void write(java.io.OutputStream out);
    }
}
