package se.huddinge.delaktighet.proposal;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.security.core.context.SecurityContextHolder;
import se.huddinge.delaktighet.base.ui.MainLayout;

/** What a page shows, read as a person would, for the proposal tests. */
public final class ProposalPages {

    private ProposalPages() {
    }

    /** The text of the whole page, header and footer included (the footer is a piece of HTML, not components). */
    public static String pageText() {
        return text(_get(MainLayout.class).getElement());
    }

    /** As {@link Element#getTextRecursively()}, with the text of HTML set on an element ({@code Html}) too. */
    private static String text(Element element) {
        if (element.isTextNode()) {
            return element.getText();
        }
        if (element.hasProperty("innerHTML")) {
            return org.jsoup.Jsoup.parse(element.getProperty("innerHTML")).text();
        }
        var text = new StringBuilder();
        element.getChildren().forEach(child -> text.append(text(child)));
        return text.toString();
    }

    /**
     * The component shows exactly this text, as text: its only children are text nodes (which the browser
     * escapes) and no HTML was set on it, so no element was made from what someone typed.
     */
    public static void assertShownAsText(Component component, String text) {
        Element element = component.getElement();
        assertThat(element.getTextRecursively()).isEqualTo(text);
        assertThat(element.getChildren()).as("children of %s", element.getTag()).allMatch(Element::isTextNode);
        assertThat(element.hasProperty("innerHTML")).as("innerHTML of %s", element.getTag()).isFalse();
    }

    /**
     * The cards of the public list of proposals as the browser gets them (each page of cards is one piece of HTML,
     * {@code ProposalListView}), in order: the {@code li} elements parsed from that HTML.
     */
    public static List<org.jsoup.nodes.Element> listedCards() {
        var cards = _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("proposal-cards"));
        return cards.getChildren().map(page -> org.jsoup.Jsoup.parseBodyFragment(
                        "<ul>" + ((com.vaadin.flow.component.Html) page).getInnerHtml() + "</ul>"))
                .flatMap(page -> page.select("li.proposal-card").stream()).toList();
    }

    /** The proposals' titles in the public list, in order. */
    public static List<String> listedTitles() {
        return listedCards().stream().map(card -> card.selectFirst("h2 a").text()).toList();
    }

    /**
     * The card's title link shows exactly this text, as text: the markup parsed from the list's HTML has no element
     * inside the link, so nothing someone typed became markup.
     */
    public static void assertCardTitleIsText(org.jsoup.nodes.Element card, String text) {
        var link = card.selectFirst("h2 a");
        assertThat(link).isNotNull();
        assertThat(link.text()).isEqualTo(text.strip().replaceAll("\\s+", " "));
        assertThat(link.children()).as("elements inside the title link").isEmpty();
    }

    /** The staff audit trail on the case page, one list of cell texts per row. */
    @SuppressWarnings("unchecked")
    public static List<List<String>> auditRows() {
        Grid<ProposalCaseService.AuditStep> audit =
                _get(Grid.class, spec -> spec.withAttribute("aria-label", "Händelser (vem och när)"));
        return IntStream.range(0, GridKt._size(audit)).mapToObj(i -> GridKt._getFormattedRow(audit, i)).toList();
    }

    public static List<String> lastAuditRow() {
        var rows = auditRows();
        return rows.get(rows.size() - 1);
    }

    /** Signs the member of staff out, as the logout button's full page load would. */
    public static void signOut() {
        SecurityContextHolder.clearContext();
        var request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(null);
        request.setUserInRole((principal, role) -> false);
        UI.getCurrent().getPage().reload();
    }
}
