package se.huddinge.delaktighet.security.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import se.huddinge.delaktighet.base.PortalSettings;
import se.huddinge.delaktighet.base.ui.PortalPage;
import se.huddinge.delaktighet.security.StaffAudit;
import se.huddinge.delaktighet.security.StaffRole;
import se.huddinge.delaktighet.security.internal.StaffAuditEntry;

/** Administrators read the staff audit: every sign-in, failed or held-off attempt and account change, newest first. */
@Route("admin/inloggningar")
@RolesAllowed(StaffRole.ADMIN_ROLE)
class StaffAuditView extends PortalPage {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    StaffAuditView(StaffAudit audit, PortalSettings settings) {
        super("staffaudit.title");
        add(new Paragraph(getTranslation("staffaudit.intro")));
        var grid = new Grid<StaffAuditEntry>();
        grid.addColumn(e -> TIME.format(e.getOccurredAt().atZone(settings.zone())))
                .setHeader(getTranslation("staffaudit.time")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation("staffaudit.event." + e.getEvent().name()))
                .setHeader(getTranslation("staffaudit.event")).setAutoWidth(true);
        grid.addColumn(StaffAuditEntry::getUsername).setHeader(getTranslation("accounts.username")).setAutoWidth(true);
        grid.addColumn(StaffAuditEntry::getClientAddress).setHeader(getTranslation("staffaudit.address"))
                .setAutoWidth(true);
        grid.addColumn(StaffAuditEntry::getActor).setHeader(getTranslation("staffaudit.actor")).setAutoWidth(true);
        grid.setItems(q -> audit.latest(q.getOffset(), q.getLimit()).stream());
        add(grid);
    }
}
