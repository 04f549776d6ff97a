package se.huddinge.delaktighet.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import se.huddinge.delaktighet.base.i18n.Dates;
import se.huddinge.delaktighet.base.ui.PortalPage;
import se.huddinge.delaktighet.notification.PrintQueue;
import se.huddinge.delaktighet.security.SignedIn;
import se.huddinge.delaktighet.security.StaffRole;

/**
 * The letters by post waiting to be printed (DD40), emptied daily: download one PDF of the letters listed, print and
 * post them, then mark those printed (they count as sent). Only the letters listed when the page was read are
 * printed and marked, so a letter written meanwhile waits for the next round.
 */
@Route("granskning/utskrift")
@RolesAllowed({StaffRole.OFFICER_ROLE, StaffRole.ADMIN_ROLE})
class PrintQueueView extends PortalPage {

    private final PrintQueue queue;
    private final Clock clock;
    private final Grid<PrintQueue.Waiting> grid = new Grid<>();
    private final Paragraph count = new Paragraph();
    private final Anchor download;
    private final Button printed;
    private volatile List<Long> listed = List.of();

    PrintQueueView(PrintQueue queue, Clock clock, SignedIn signedIn) {
        super("print.title");
        this.queue = queue;
        this.clock = clock;
        add(new ReviewNav("granskning/utskrift", signedIn));
        add(new Paragraph(getTranslation("print.intro")));
        count.setId("print-count");
        download = new Anchor(pdf(), getTranslation("print.download"));
        download.setId("print-pdf");
        printed = new Button(getTranslation("print.markPrinted"), e -> markPrinted());
        printed.setId("print-done");
        grid.addColumn(w -> Dates.dateTime(w.createdAt().atZone(clock.getZone()), getLocale()))
                .setHeader(getTranslation("print.col.written")).setAutoWidth(true);
        grid.addColumn(PrintQueue.Waiting::name).setHeader(getTranslation("print.col.to")).setAutoWidth(true);
        grid.addColumn(PrintQueue.Waiting::subject).setHeader(getTranslation("print.col.subject")).setFlexGrow(3);
        grid.addColumn(PrintQueue.Waiting::subjectRef).setHeader(getTranslation("print.col.about")).setAutoWidth(true);
        grid.addColumn(w -> w.language()).setHeader(getTranslation("print.col.language")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        add(count, download, printed, grid);
        refresh();
    }

    private void refresh() {
        var waiting = queue.waiting();
        listed = waiting.stream().map(PrintQueue.Waiting::id).toList();
        grid.setItems(waiting);
        count.setText(getTranslation("print.count", waiting.size()));
        // nothing to print, nothing to mark: the round's controls show when letters wait
        download.setVisible(!waiting.isEmpty());
        printed.setVisible(!waiting.isEmpty());
    }

    private DownloadHandler pdf() {
        return event -> {
            event.setFileName("brev-att-skriva-ut.pdf");
            event.setContentType("application/pdf");
            event.getOutputStream().write(queue.pdf(listed));
        };
    }

    private void markPrinted() {
        int n = queue.markPrinted(listed);
        Notification.show(getTranslation("print.marked", n));
        refresh();
    }
}
