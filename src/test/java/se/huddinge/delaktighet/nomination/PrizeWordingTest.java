package se.huddinge.delaktighet.nomination;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import se.huddinge.delaktighet.KaribuTest;
import se.huddinge.delaktighet.SentLinks;
import se.huddinge.delaktighet.base.i18n.PortalI18n;
import se.huddinge.delaktighet.proposal.MySubmissionsLinkRequested;
import se.huddinge.delaktighet.proposal.MySubmissionsService;
import se.huddinge.delaktighet.proposal.ProposalFixtures;
import se.huddinge.delaktighet.security.StaffAccountService;

/**
 * The prize's pages say what is true on the day they are read: no "null" for a nomination without a number, no past
 * tense before the award day, no promise a member can never see kept, no form after the deadline, no date that has
 * passed.
 */
@RecordApplicationEvents
class PrizeWordingTest extends KaribuTest {

    @Autowired
    PrizeRounds rounds;
    @Autowired
    NominationService nominations;
    @Autowired
    PrizeReview review;
    @Autowired
    PrizeDecisions decisions;
    @Autowired
    StaffAccountService staff;
    @Autowired
    MySubmissionsService mySubmissions;
    @Autowired
    ApplicationEvents events;
    private PrizeStory story;

    @BeforeEach
    void aRoundWithTwoNominations() {
        story = new PrizeStory(rounds, nominations, staff, events, clock).round().nominations("Vårby Röster",
                "Glömsta Ungdomsråd");
    }

    @Test
    void a_nomination_confirmed_too_late_is_listed_to_staff_by_its_nominee_without_a_number() {
        clock.setTo("2027-08-20T20:00:00");
        long late = nominations.submit(story.round.id(), PrizeFixtures.nomination(story.round, "Sena Föreningen",
                "sen@example.se"), PortalI18n.SWEDISH);
        clock.setTo("2027-08-21T08:00:00");
        nominations.confirm(SentLinks.token(events.stream(NominationEvents.NominationSubmitted.class)
                .filter(e -> e.nominationId() == late).findFirst().orElseThrow().confirmLink()));
        login("handlaggare", "OFFICER");

        UI.getCurrent().navigate("granskning/nomineringar");

        Grid<?> grid = _get(Grid.class, s -> s.withId("nominations"));
        var nominees = IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> GridKt._getCellComponent(grid, i, "NOMINEE").getElement().getText()).toList();
        assertThat(nominees).containsExactly("Sena Föreningen", "DP-2027-0002 Glömsta Ungdomsråd",
                "DP-2027-0001 Vårby Röster");
    }

    @Test
    void the_winners_page_says_the_prize_will_be_awarded_until_the_award_day_has_come() {
        story.closed();
        ProposalFixtures.as("admin", () -> {
            decisions.decide(story.round.id(), new PrizeDecisions.DecisionForm(List.of(new PrizeDecisions.Winner(
                    story.nominated.get(0), "För att ha gett fler en röst.")), LocalDate.of(2027, 9, 28), "§ 12",
                    LocalDate.of(2027, 10, 20)));
            return null;
        }, "ADMIN");
        clock.setTo("2027-10-20T08:00:00");
        decisions.publishDue();

        assertThat(awarded()).startsWith("Priset delas ut ").endsWith(" 23 oktober 2027.");
        clock.setTo("2027-10-23T12:00:00");
        assertThat(awarded()).as("on the day itself").startsWith("Priset delas ut ");
        clock.setTo("2027-10-24T08:00:00");
        assertThat(awarded()).startsWith("Priset delades ut ").endsWith(" 23 oktober 2027.");
    }

    @Test
    void a_member_with_a_conflict_of_interest_is_not_promised_the_scores_of_that_nomination() {
        story.closed();
        ProposalFixtures.as(PrizeStory.MEMBER, () -> {
            review.recuse(story.nominated.get(0));
            return null;
        }, "COMMITTEE");
        login(PrizeStory.MEMBER, "COMMITTEE");

        UI.getCurrent().navigate("granskning/pris");
        assertThat(rankedMean("Vårby Röster")).isEqualTo("Du har anmält jäv");
        assertThat(rankedMean("Glömsta Ungdomsråd")).isEqualTo("Visas när du har bedömt");

        UI.getCurrent().navigate("granskning/pris/nominering/" + story.nominated.get(0));
        assertThat(_get(Div.class, s -> s.withId("others")).getElement().getTextRecursively())
                .contains("Du har anmält jäv och ser inte de andras bedömningar.")
                .doesNotContain("Visas när");
    }

    @Test
    void after_the_deadline_the_nomination_page_says_it_is_closed_and_shows_no_form() {
        clock.setTo("2027-08-21T00:00:00");

        UI.getCurrent().navigate("demokratipriset/nominera");

        assertThat(_get(Paragraph.class, s -> s.withId("nomination-closed")).getText())
                .startsWith("Nomineringen stängde fredag 20 augusti 2027 kl. 23:59.");
        assertThat(_find(Button.class, s -> s.withText("Skicka nominering"))).isEmpty();
        assertThat(_find(TextArea.class)).isEmpty();
    }

    @Test
    void a_round_left_undecided_past_its_award_day_says_the_decision_is_delayed_not_a_past_date() {
        clock.setTo("2027-10-22T12:00:00");
        assertThat(prizeStatus()).endsWith("Vinnarna presenteras senast lördag 23 oktober 2027.");

        clock.setTo("2027-12-01T12:00:00");
        assertThat(prizeStatus()).doesNotContain("oktober 2027")
                .endsWith("Beslutet dröjer. Vinnarna presenteras när beredningen har beslutat.");
        assertThat(mySubmissions("a@example.se")).contains("Nomineringen räknas.").doesNotContain("oktober 2027")
                .contains("Beslutet dröjer.");
    }

    /** The mean column of a nominee's row in the ranking. */
    private static String rankedMean(String nominee) {
        Grid<?> ranking = _get(Grid.class, s -> s.withId("ranking"));
        return IntStream.range(0, GridKt._size(ranking)).mapToObj(i -> GridKt._getFormattedRow(ranking, i))
                .filter(r -> r.get(0).contains(nominee)).findFirst().orElseThrow().get(1);
    }

    private static String awarded() {
        UI.getCurrent().navigate("demokratipriset");
        UI.getCurrent().navigate("demokratipriset/vinnare");
        return _find(Paragraph.class).stream().map(Paragraph::getText).filter(t -> t.startsWith("Priset del"))
                .findFirst().orElseThrow();
    }

    private static String prizeStatus() {
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("demokratipriset");
        return _get(Paragraph.class, s -> s.withId("prize-status")).getText();
    }

    private String mySubmissions(String email) {
        mySubmissions.requestLink(email, PortalI18n.SWEDISH);
        String token = SentLinks.token(events.stream(MySubmissionsLinkRequested.class).reduce((a, b) -> b)
                .orElseThrow().link());
        UI.getCurrent().navigate("mina-inskick/lista/" + token);
        _click(_get(Button.class, s -> s.withText("Visa mina inskick")));
        return _get(Div.class, s -> s.withId("nominated")).getElement().getTextRecursively();
    }
}
