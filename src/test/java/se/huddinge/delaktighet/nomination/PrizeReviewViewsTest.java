package se.huddinge.delaktighet.nomination;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import se.huddinge.delaktighet.BrowserGrid;
import se.huddinge.delaktighet.KaribuTest;
import se.huddinge.delaktighet.base.form.InvalidInput;
import se.huddinge.delaktighet.proposal.ProposalFixtures;
import se.huddinge.delaktighet.proposal.ProposalPages;
import se.huddinge.delaktighet.security.StaffAccountService;

/**
 * The committee scores, recuses and ranks; the chair decides within the round's number of winners; the winners
 * appear on the announcement day; each role sees what it may and no more.
 */
@RecordApplicationEvents
class PrizeReviewViewsTest extends KaribuTest {

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
    ApplicationEvents events;
    private PrizeStory story;

    @BeforeEach
    void aRoundInReview() {
        story = new PrizeStory(rounds, nominations, staff, events, clock).round()
                .nominations("Vårby Röster", "Glömsta Ungdomsråd", "Skogås Läxhjälp").closed();
    }

    private void scoreAs(String member, long nomination, int first, int second) {
        ProposalFixtures.as(member, () -> {
            review.score(nomination, Map.of(story.criterion(0), first, story.criterion(1), second), "");
            return null;
        }, "COMMITTEE");
    }

    private String othersText() {
        return _get(Div.class, s -> s.withId("others")).getElement().getTextRecursively();
    }

    @Test
    void a_member_scores_a_nomination_per_criterion_on_its_own_page_and_moves_to_the_next() {
        login(PrizeStory.MEMBER, "COMMITTEE");
        UI.getCurrent().navigate("granskning/pris/nominering/" + story.nominated.get(0));

        _setValue(_get(RadioButtonGroup.class, s -> s.withLabel("Delaktighet")), 4);
        _setValue(_get(RadioButtonGroup.class, s -> s.withLabel("Fler röster")), 5);
        _click(_get(Button.class, s -> s.withText("Spara bedömningen")));

        assertThat(jdbc.queryForList("select score from nomination_score order by score", Integer.class))
                .containsExactly(4, 5);
        UI.getCurrent().navigate(_get(com.vaadin.flow.component.html.Anchor.class, s -> s.withId("next-nomination")).getHref());
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("granskning/pris/nominering/" + story.nominated.get(1));
    }

    @Test
    void a_missing_score_is_named_at_its_criterion_and_nothing_is_saved() {
        login(PrizeStory.MEMBER, "COMMITTEE");
        UI.getCurrent().navigate("granskning/pris/nominering/" + story.nominated.get(0));
        _setValue(_get(RadioButtonGroup.class, s -> s.withLabel("Delaktighet")), 4);
        _click(_get(Button.class, s -> s.withText("Spara bedömningen")));

        assertThat(_get(RadioButtonGroup.class, s -> s.withLabel("Fler röster")).getErrorMessage())
                .isEqualTo("Välj en poäng från 1 till 5.");
        assertThat(jdbc.queryForObject("select count(*) from nomination_review", Integer.class)).isZero();
    }

    @Test
    void a_member_does_not_see_the_others_scores_until_their_own_are_in() {
        scoreAs(PrizeStory.OTHER, story.nominated.get(0), 2, 3);
        login(PrizeStory.MEMBER, "COMMITTEE");
        UI.getCurrent().navigate("granskning/pris/nominering/" + story.nominated.get(0));
        assertThat(othersText()).contains("Visas när du har lämnat din egen bedömning.").doesNotContain("ledamot2");

        _setValue(_get(RadioButtonGroup.class, s -> s.withLabel("Delaktighet")), 5);
        _setValue(_get(RadioButtonGroup.class, s -> s.withLabel("Fler röster")), 5);
        _click(_get(Button.class, s -> s.withText("Spara bedömningen")));

        assertThat(othersText()).contains("ledamot2: Delaktighet 2, Fler röster 3");
    }

    @Test
    void a_member_who_declares_a_conflict_of_interest_cannot_score_and_sees_that_they_are_recused() {
        scoreAs(PrizeStory.OTHER, story.nominated.get(0), 2, 3);
        login(PrizeStory.MEMBER, "COMMITTEE");
        UI.getCurrent().navigate("granskning/pris/nominering/" + story.nominated.get(0));
        _click(_get(Button.class, s -> s.withText("Anmäl jäv")));

        assertThat(_get(Div.class, s -> s.withId("my-review")).getElement().getTextRecursively())
                .contains("Du har anmält jäv och deltar inte i bedömningen av den här nomineringen.");
        assertThat(_find(Button.class, s -> s.withText("Spara bedömningen"))).isEmpty();
        assertThat(othersText()).as("a recused member does not see the scores").doesNotContain("ledamot2:");
        assertThatThrownBy(() -> scoreAs(PrizeStory.MEMBER, story.nominated.get(0), 5, 5))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.problems()).containsEntry("nomination", "recused"));
        UI.getCurrent().navigate("granskning/pris");
        assertThat(GridKt._getFormattedRow(_get(Grid.class, s -> s.withId("nominations")), 0)).contains("Jävig");
    }

    @Test
    void the_ranking_orders_by_mean_with_scorers_and_spread_and_hides_means_a_member_has_not_earned() {
        scoreAs(PrizeStory.OTHER, story.nominated.get(0), 2, 2);
        scoreAs(PrizeStory.CHAIR, story.nominated.get(0), 4, 4);
        scoreAs(PrizeStory.OTHER, story.nominated.get(1), 5, 5);
        scoreAs(PrizeStory.MEMBER, story.nominated.get(1), 4, 4);
        ProposalFixtures.as(PrizeStory.CHAIR, () -> {
            review.recuse(story.nominated.get(1));
            return null;
        }, "COMMITTEE");

        var asOfficer = ProposalFixtures.as("handlaggare", () -> review.ranking(story.round.id(), 0, 50), "OFFICER");
        assertThat(asOfficer).extracting(PrizeReview.Rank::nomineeName, PrizeReview.Rank::mean,
                        PrizeReview.Rank::scorers, PrizeReview.Rank::spread, PrizeReview.Rank::recused)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Glömsta Ungdomsråd", 4.5, 2, 1.0, 1),
                        org.assertj.core.groups.Tuple.tuple("Vårby Röster", 3.0, 2, 2.0, 0),
                        org.assertj.core.groups.Tuple.tuple("Skogås Läxhjälp", null, 0, null, 0));

        var asMember = ProposalFixtures.as(PrizeStory.MEMBER, () -> review.ranking(story.round.id(), 0, 50), "COMMITTEE");
        assertThat(asMember).filteredOn(PrizeReview.Rank::visible).extracting(PrizeReview.Rank::nomineeName)
                .containsExactly("Glömsta Ungdomsråd");
        assertThat(asMember).filteredOn(r -> !r.visible()).allSatisfy(r -> assertThat(r.mean()).isNull());
    }

    @Test
    void a_round_with_ten_thousand_nominations_lists_and_ranks_them_a_page_at_a_time() {
        int bulk = 10_000;
        jdbc.update("insert into nomination (round_id, reference, status, nominee_name, nominee_kind, nominee_tie, "
                + "nominee_knows, nominator_name, nominator_email, language, submitted_at, link_expires_at, "
                + "confirmed_at, link_used_at) select ?, concat('DP-2027-X', lpad(seq, 5, '0')), 'CONFIRMED', "
                + "concat('Nominerad ', seq), 'GROUP', 'I Huddinge.', false, 'Nina', concat('n', seq, '@example.se'), "
                + "'sv', '2027-08-10 10:00', '2027-08-17 10:00', '2027-08-10 10:05', '2027-08-10 10:05' "
                + "from seq_1_to_" + bulk, story.round.id());
        long last = jdbc.queryForObject("select id from nomination where reference = 'DP-2027-X10000'", Long.class);
        scoreAs(PrizeStory.MEMBER, story.nominated.get(0), 5, 5);
        scoreAs(PrizeStory.MEMBER, last, 1, 1);
        scoreAs(PrizeStory.OTHER, jdbc.queryForObject("select id from nomination where reference = 'DP-2027-X00001'",
                Long.class), 3, 3);
        login(PrizeStory.MEMBER, "COMMITTEE");
        UI.getCurrent().navigate("granskning/pris");

        int all = bulk + 3;
        for (String list : java.util.List.of("nominations", "ranking")) {
            Grid<?> grid = _get(Grid.class, s -> s.withId(list));
            long before = BrowserGrid.rowsSent(jdbc);
            BrowserGrid.show(grid, all);
            BrowserGrid.scrollTo(grid, all - 1);
            assertThat(BrowserGrid.rowsSent(jdbc) - before).as(list + ": rows read").isLessThan(500);
            assertThat(GridKt._size(grid)).isEqualTo(all);
        }
        @SuppressWarnings("unchecked")
        Grid<PrizeReview.Item> items = _get(Grid.class, s -> s.withId("nominations"));
        assertThat(GridKt._get(items, 0).state()).isEqualTo(PrizeReview.MyState.SCORED);
        assertThat(GridKt._get(items, 3).nomineeName()).isEqualTo("Nominerad 1");
        assertThat(GridKt._get(items, all - 1)).extracting(PrizeReview.Item::id, PrizeReview.Item::state)
                .containsExactly(last, PrizeReview.MyState.SCORED);
        @SuppressWarnings("unchecked")
        Grid<PrizeReview.Rank> ranking = _get(Grid.class, s -> s.withId("ranking"));
        assertThat(java.util.stream.IntStream.range(0, 5).mapToObj(i -> GridKt._get(ranking, i)).toList())
                .as("the means the member has earned, highest first; then the rest by reference, means hidden")
                .extracting(PrizeReview.Rank::nomineeName, PrizeReview.Rank::mean, PrizeReview.Rank::scorers)
                .containsExactly(tuple("Vårby Röster", 5.0, 1), tuple("Nominerad 10000", 1.0, 1),
                        tuple("Glömsta Ungdomsråd", null, 0), tuple("Skogås Läxhjälp", null, 0),
                        tuple("Nominerad 1", null, 1));
        assertThat(GridKt._get(ranking, all - 1).nomineeName()).isEqualTo("Nominerad 9999");
    }

    @Test
    void officers_see_who_has_scored_what_and_remind_those_who_are_not_done() {
        scoreAs(PrizeStory.OTHER, story.nominated.get(0), 2, 2);
        login("handlaggare", "OFFICER");
        UI.getCurrent().navigate("granskning/pris");

        var progress = _get(Grid.class, s -> s.withId("progress"));
        assertThat(GridKt._size(progress)).isEqualTo(3);
        assertThat(GridKt._getFormattedRow(progress, 1)).containsExactly("Ledamot ledamot2", "1", "0", "2");
        _click(_get(Button.class, s -> s.withText("Påminn ledamöter som inte är klara")));

        var sent = events.stream(NominationEvents.ScoringReminderSent.class).findFirst().orElseThrow();
        assertThat(sent.members()).extracting(NominationEvents.Member::username, NominationEvents.Member::remaining)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ledamot", 3),
                        org.assertj.core.groups.Tuple.tuple("ledamot2", 2),
                        org.assertj.core.groups.Tuple.tuple("ordforande", 3));
        assertThatThrownBy(() -> ProposalFixtures.as("handlaggare", () -> {
            review.score(story.nominated.get(0), Map.of(), "");
            return null;
        }, "OFFICER")).as("officers do not score").isInstanceOf(AccessDeniedException.class);

        clock.setTo("2027-09-21T08:00:00");       // the day after the scoring deadline, 20 September
        UI.getCurrent().navigate("granskning/pris/" + story.round.id());
        assertThat(_find(Button.class, s -> s.withText("Påminn ledamöter som inte är klara"))).isEmpty();
    }

    @Test
    void members_see_no_progress_and_only_the_chair_is_offered_the_decision() {
        login(PrizeStory.MEMBER, "COMMITTEE");
        UI.getCurrent().navigate("granskning/pris");
        assertThat(_find(Grid.class, s -> s.withId("progress"))).isEmpty();
        assertThat(_find(com.vaadin.flow.component.html.Anchor.class, s -> s.withId("decide-link"))).isEmpty();
        UI.getCurrent().navigate("granskning/pris/beslut/" + story.round.id());
        assertThat(_find(Button.class, s -> s.withText("Fatta beslut"))).isEmpty();
    }

    @Test
    void residents_see_no_review_no_nomination_and_no_decision() {
        for (String path : java.util.List.of("granskning/pris", "granskning/pris/nominering/" + story.nominated.get(0),
                "granskning/pris/beslut/" + story.round.id())) {
            UI.getCurrent().navigate(path);
            assertThat(_get(com.vaadin.flow.component.html.H1.class).getText()).as(path)
                    .isEqualTo("Inloggning för personal");
            assertThat(ProposalPages.pageText()).doesNotContain("Vårby Röster").doesNotContain("@example.se");
        }
    }

    @Test
    void the_chair_decides_within_the_number_of_winners_and_the_winners_appear_on_the_announcement_day() {
        login(PrizeStory.CHAIR, "COMMITTEE");
        UI.getCurrent().navigate("granskning/pris");
        UI.getCurrent().navigate(_get(com.vaadin.flow.component.html.Anchor.class, s -> s.withId("decide-link")).getHref());
        _find(Checkbox.class).forEach(box -> _setValue(box, true));
        _find(TextArea.class).forEach(area -> _setValue(area, "För att ha gett fler en röst."));
        _setValue(_get(DatePicker.class, s -> s.withLabel("Sammanträdesdatum")), LocalDate.of(2027, 9, 28));
        _setValue(_get(TextField.class, s -> s.withLabel("Protokoll (paragraf)")), "TDB 2027-09-28 § 12");
        _click(_get(Button.class, s -> s.withText("Fatta beslut")));
        assertThat(_get(Paragraph.class, s -> s.withId("decision-problem")).getText())
                .isEqualTo("Omgången kan ha högst 2 vinnare.");
        assertThat(jdbc.queryForObject("select count(*) from nomination where won", Integer.class)).isZero();

        _setValue(_find(Checkbox.class).get(2), false);
        _click(_get(Button.class, s -> s.withText("Fatta beslut")));
        assertThat(jdbc.queryForObject("select count(*) from nomination where won", Integer.class)).isEqualTo(2);

        clock.setTo("2027-10-22T23:59:00");
        assertThat(decisions.publishDue()).isZero();
        UI.getCurrent().navigate("demokratipriset/vinnare");
        assertThat(_find(com.vaadin.flow.component.html.H2.class, s -> s.withId("winners-2027"))).isEmpty();

        clock.setTo("2027-10-23T00:00:00");
        assertThat(decisions.publishDue()).isEqualTo(1);
        assertThat(decisions.publishDue()).as("once").isZero();
        UI.getCurrent().navigate("demokratipriset");
        UI.getCurrent().navigate("demokratipriset/vinnare");
        assertThat(ProposalPages.pageText())
                .contains("Vårby Röster").contains("Glömsta Ungdomsråd").contains("För att ha gett fler en röst.")
                .doesNotContain("Skogås Läxhjälp");
        assertThat(events.stream(NominationEvents.WinnersPublished.class)).hasSize(1);
    }

    @Test
    void a_member_who_is_not_the_chair_cannot_decide_but_an_administrator_can() {
        var form = new PrizeDecisions.DecisionForm(java.util.List.of(new PrizeDecisions.Winner(story.nominated.get(0),
                "Motivering.")), LocalDate.of(2027, 9, 28), "§ 12", LocalDate.of(2027, 10, 23));
        assertThatThrownBy(() -> ProposalFixtures.as(PrizeStory.MEMBER, () -> {
            decisions.decide(story.round.id(), form);
            return null;
        }, "COMMITTEE")).isInstanceOf(AccessDeniedException.class);

        ProposalFixtures.as("admin", () -> {
            decisions.decide(story.round.id(), form);
            return null;
        }, "ADMIN");
        assertThat(rounds.find(story.round.id()).orElseThrow().decided()).isTrue();
        assertThat(jdbc.queryForList("select after_value from audit_event where actor = 'admin'", String.class))
                .containsExactly("vinnare [DP-2027-0001], sammanträde 2027-09-28 (§ 12), presenteras 2027-10-23");
    }
}
