package se.huddinge.delaktighet.proposal.ui;

import se.huddinge.delaktighet.SentLinks;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import se.huddinge.delaktighet.KaribuTest;
import se.huddinge.delaktighet.base.i18n.PortalI18n;
import se.huddinge.delaktighet.proposal.MySubmissionsLinkRequested;
import se.huddinge.delaktighet.proposal.MySubmissionsService;
import se.huddinge.delaktighet.proposal.ProposalCaseService;
import se.huddinge.delaktighet.proposal.ProposalService;
import se.huddinge.delaktighet.proposal.Proposals;

/** "Mina inskick" as a resident uses it: the form, the page behind the mailed link, the visit that remembers. */
@RecordApplicationEvents
class MySubmissionsViewTest extends KaribuTest {

    private static final String ASA = "asa.oberg@example.se";

    @Autowired
    ProposalService service;
    @Autowired
    ProposalCaseService cases;
    @Autowired
    MySubmissionsService mine;
    @Autowired
    ApplicationEvents events;

    Proposals proposals;

    @BeforeEach
    void setUp() {
        clock.setTo("2026-03-02T09:00:00");
        proposals = new Proposals(service, cases, events);
    }

    @Test
    void the_form_gives_the_same_answer_whether_or_not_the_address_has_sent_anything() {
        proposals.inModeration("Bänkar vid Trehörningen");

        UI.getCurrent().navigate("mina-inskick");
        String withSubmissions = request(ASA);
        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate("mina-inskick");
        String without = request("nobody@example.se");

        assertThat(withSubmissions).startsWith("Kolla din e-post")
                .contains("Om det finns inskick från den adressen har vi skickat en länk till " + ASA)
                .contains("gäller i 24 timmar");
        assertThat(without.replace("nobody@example.se", ASA)).isEqualTo(withSubmissions);
        assertThat(_get(H1.class).getText()).isEqualTo("Mina inskick");
    }

    @Test
    void a_malformed_address_and_a_fourth_request_in_an_hour_are_told_at_the_field() {
        UI.getCurrent().navigate("mina-inskick");
        _get(EmailField.class).setValue("asa.example.se");
        _click(_get(Button.class, spec -> spec.withText("Skicka länken")));
        assertThat(_get(EmailField.class).isInvalid()).isTrue();
        assertThat(_get(EmailField.class).getErrorMessage()).isEqualTo("Skriv en e-postadress i formen namn@exempel.se.");

        for (int i = 0; i < 3; i++) {
            mine.requestLink(ASA, PortalI18n.SWEDISH);
            clock.advance(Duration.ofMinutes(5));
        }
        _get(EmailField.class).setValue(ASA);
        _click(_get(Button.class, spec -> spec.withText("Skicka länken")));

        assertThat(_get(EmailField.class).isInvalid()).isTrue();
        assertThat(_get(EmailField.class).getErrorMessage()).isEqualTo("Du kan begära högst 3 länkar per timme till "
                + "samma adress. Använd länken i det senaste mejlet, eller försök igen efter måndag 2 mars 2026 kl. 10:00.");
        _assertNone(Paragraph.class, spec -> spec.withText("Kolla din e-post"));
    }

    @Test
    void the_link_waits_for_a_click_then_lists_each_proposal_with_its_next_step_and_the_visit_remembers_it() {
        var own = proposals.inModeration("Bänkar vid Trehörningen");
        var supported = proposals.published(Proposals.form("Belysning i Sjödalsparken", "bo@example.se"));
        proposals.support(supported, ASA);
        String token = linkFor(ASA);

        UI.getCurrent().navigate("mina-inskick/lista/" + token);
        assertThat(_get(H1.class).getText()).isEqualTo("Dina inskick");
        assertThat(mine.problem(token)).as("opening the page does not use the link").isEmpty();
        _assertNone(Div.class, spec -> spec.withId("submitted"));

        _click(_get(Button.class, spec -> spec.withText("Visa mina inskick")));

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .as("the token leaves the address bar").isEqualTo("mina-inskick/lista");
        assertThat(items("submitted")).containsExactly("Bänkar vid Trehörningen"
                + "HF-2026-0001 · Granskas – beslut om publicering senast måndag 16 mars 2026");
        assertThat(items("supported")).containsExactly("Belysning i Sjödalsparken"
                + "HF-2026-0002 · Öppet för stöd till söndag 31 maj 2026 – 1 av 100 stöd");
        assertThat(_get(Paragraph.class, spec -> spec.withId("my-submissions-address")).getText())
                .isEqualTo("Inskick från " + ASA);
        assertThat(_find(Anchor.class).stream().map(Anchor::getHref))
                .contains("forslag/" + own.reference(), "forslag/" + supported.reference());

        // a reload during the visit, and the link itself again, show the list from the session
        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate("mina-inskick/lista");
        assertThat(items("submitted")).hasSize(1);
        UI.getCurrent().navigate("mina-inskick/lista/" + token);
        assertThat(items("supported")).hasSize(1);
        UI.getCurrent().navigate("mina-inskick");
        assertThat(_get(Anchor.class, spec -> spec.withText("Visa mina inskick")).getHref())
                .isEqualTo("mina-inskick/lista");
    }

    @Test
    void a_used_link_in_another_visit_says_so_and_closing_ends_the_visit() {
        proposals.inModeration("Bänkar vid Trehörningen");
        String token = linkFor(ASA);
        UI.getCurrent().navigate("mina-inskick/lista/" + token);
        _click(_get(Button.class, spec -> spec.withText("Visa mina inskick")));

        _click(_get(Button.class, spec -> spec.withText("Stäng mina inskick")));
        assertThat(_get(H1.class).getText()).isEqualTo("Mina inskick");
        UI.getCurrent().navigate("mina-inskick/lista");
        _assertNone(Div.class, spec -> spec.withId("submitted"));
        assertThat(_get(Paragraph.class, spec -> spec.withText(
                "Öppna länken i mejlet vi skickade för att se dina inskick, eller begär en ny länk."))).isNotNull();

        UI.getCurrent().navigate("mina-inskick/lista/" + token);
        assertThat(problem()).isEqualTo("Länken har redan använts – begär en ny.");
        _assertNone(Button.class, spec -> spec.withText("Visa mina inskick"));
        assertThat(_get(Anchor.class, spec -> spec.withText("Begär en ny länk")).getHref()).isEqualTo("mina-inskick");
    }

    @Test
    void an_expired_or_wrong_link_says_so_and_offers_a_new_one() {
        proposals.inModeration("Bänkar vid Trehörningen");
        String token = linkFor(ASA);

        UI.getCurrent().navigate("mina-inskick/lista/" + token.substring(2));
        assertThat(problem()).startsWith("Länken fungerar inte.");

        UI.getCurrent().navigate("mina-inskick/lista/" + token);
        clock.advance(Duration.ofHours(24).plusSeconds(1));
        _click(_get(Button.class, spec -> spec.withText("Visa mina inskick")));
        assertThat(problem()).as("expired while the page was open").isEqualTo("Länken har slutat gälla – begär en ny.");
        _assertNone(Div.class, spec -> spec.withId("submitted"));

        String later = linkFor(ASA);
        clock.advance(Duration.ofHours(25));
        UI.getCurrent().navigate("mina-inskick/lista/" + later);
        assertThat(problem()).isEqualTo("Länken har slutat gälla – begär en ny.");
    }

    @Test
    void the_list_is_in_english_for_an_english_visitor() {
        proposals.inModeration("Benches by the lake");
        String token = linkFor(ASA);
        useLanguage(PortalI18n.ENGLISH);

        UI.getCurrent().navigate("mina-inskick/lista/" + token);
        _click(_get(Button.class, spec -> spec.withText("Show my submissions")));

        assertThat(items("submitted")).containsExactly(
                "Benches by the lakeHF-2026-0001 · Being reviewed – decision about publishing by Monday 16 March 2026");
        assertThat(_get(Paragraph.class, spec -> spec.withText("You have supported no proposals from this address.")))
                .isNotNull();
    }

    private String request(String address) {
        _get(EmailField.class).setValue(address);
        _click(_get(Button.class, spec -> spec.withText("Skicka länken")));
        return _get(Div.class, spec -> spec.withId("my-submissions-result")).getElement().getTextRecursively();
    }

    private String linkFor(String address) {
        mine.requestLink(address, PortalI18n.SWEDISH);
        return SentLinks.token(events.stream(MySubmissionsLinkRequested.class).reduce((a, b) -> b).orElseThrow().link());
    }

    private List<String> items(String section) {
        return _find(_get(Div.class, spec -> spec.withId(section)), ListItem.class).stream()
                .map(li -> li.getElement().getTextRecursively()).toList();
    }

    private String problem() {
        return _get(Paragraph.class, spec -> spec.withId("my-submissions-problem")).getText();
    }
}
