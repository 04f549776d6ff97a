package se.huddinge.delaktighet.review.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.UnorderedList;

import se.huddinge.delaktighet.security.SignedIn;
import se.huddinge.delaktighet.security.StaffRole;

/** The pages of Granskning, on each of them; the current one marked for screen readers. Brings the pages' styles. */
@StyleSheet("styles/review.css")
final class ReviewNav extends Nav {

    ReviewNav(String current, SignedIn signedIn) {
        addClassName("review-nav");
        getElement().setAttribute("aria-label", getTranslation("reviewnav.label"));
        var list = new UnorderedList();
        link(list, current, "granskning", "reviewnav.overview");
        link(list, current, "granskning/forslag", "reviewnav.queues");
        if (signedIn.actsOnCases()) {
            link(list, current, "granskning/kommentarer", "reviewnav.comments");
        }
        link(list, current, "granskning/lista", "reviewnav.list");
        link(list, current, "granskning/nomineringar", "reviewnav.nominations");
        link(list, current, "granskning/under-grans", "reviewnav.belowThreshold");
        link(list, current, "granskning/statistik", "reviewnav.charts");
        link(list, current, "granskning/uppfoljning", "reviewnav.followUp");
        link(list, current, "granskning/arende", "reviewnav.agenda");
        if (signedIn.actsOnCases()) {
            link(list, current, "granskning/registrera", "reviewnav.assisted");
            link(list, current, "granskning/utskrift", "reviewnav.print");
        }
        if (signedIn.is(StaffRole.ADMIN)) {
            link(list, current, "granskning/logg", "reviewnav.audit");
        }
        add(list);
    }

    private void link(UnorderedList list, String current, String path, String key) {
        var a = new Anchor(path, getTranslation(key));
        a.getElement().setAttribute("router-link", true);
        if (path.equals(current)) {
            a.getElement().setAttribute("aria-current", "page");
        }
        list.add(new ListItem(a));
    }
}
