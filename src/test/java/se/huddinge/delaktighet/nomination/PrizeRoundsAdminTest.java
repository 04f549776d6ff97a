package se.huddinge.delaktighet.nomination;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.huddinge.delaktighet.KaribuTest;
import se.huddinge.delaktighet.base.form.InvalidInput;
import se.huddinge.delaktighet.base.i18n.PortalI18n;

/** Administrators set up a round; a change that would invalidate what was received is refused at the field. */
class PrizeRoundsAdminTest extends KaribuTest {

    @Autowired
    PrizeRounds rounds;
    @Autowired
    NominationService nominations;

    @Test
    void an_administrator_creates_a_round_with_the_schemes_defaults_and_its_criteria() {
        clock.setTo("2027-01-10T10:00:00");
        login("admin", "ADMIN");
        UI.getCurrent().navigate("admin/pris/omgang");

        assertThat(_get(DateTimePicker.class, s -> s.withLabel("Sista tid för nominering")).getValue())
                .isEqualTo(LocalDateTime.of(2027, 8, 20, 23, 59));
        _setValue(_get(TextArea.class, s -> s.withLabel("Om priset och varför det finns (svenska)")), "Om priset.");
        _setValue(_get(TextArea.class, s -> s.withLabel("Om priset och varför det finns (engelska)")), "About.");
        _setValue(_get(TextField.class, s -> s.withLabel("Rubrik (svenska)")), "Delaktighet");
        _setValue(_get(TextField.class, s -> s.withLabel("Rubrik (engelska)")), "Participation");
        _setValue(_get(TextArea.class, s -> s.withLabel("Beskrivning (svenska)")), "Ökar delaktigheten.");
        _setValue(_get(TextArea.class, s -> s.withLabel("Beskrivning (engelska)")), "Increases participation.");
        _click(_get(Button.class, s -> s.withText("Spara omgången")));

        var round = rounds.current().orElseThrow();
        assertThat(round.year()).isEqualTo(2027);
        assertThat(round.prizeSumSek()).isEqualTo(25_000);
        assertThat(round.winners()).isEqualTo(2);
        assertThat(round.selfNomination()).isFalse();
        assertThat(round.closesAt().toString()).isEqualTo("2027-08-20T21:59:59.999999Z");
        assertThat(round.criteria()).extracting(c -> c.title(false)).containsExactly("Delaktighet");
        assertThat(jdbc.queryForMap("select actor, kind, subject, after_value from audit_event"))
                .containsEntry("actor", "admin").containsEntry("kind", "PRIZE_ROUND").containsEntry("subject", "DP-2027")
                .containsEntry("after_value", "2027: 2027-06-01T00:00–2027-08-20T23:59, 25000 kr, 2 vinnare, "
                        + "1 kriterier, självnominering nej, ordförande –, sparas 12 mån");
    }

    @Test
    void a_round_without_criteria_is_refused_at_the_criteria_and_nothing_is_saved() {
        login("admin", "ADMIN");
        UI.getCurrent().navigate("admin/pris/omgang");
        _setValue(_get(TextArea.class, s -> s.withLabel("Om priset och varför det finns (svenska)")), "Om priset.");
        _click(_get(Button.class, s -> s.withText("Spara omgången")));

        assertThat(_get(Span.class, s -> s.withId("criteria-error")).getText())
                .isEqualTo("Varje kriterium behöver rubrik och beskrivning på svenska och engelska.");
        assertThat(_get(TextArea.class, s -> s.withLabel("Om priset och varför det finns (engelska)")).getErrorMessage())
                .isEqualTo("Skriv vad priset är, på engelska.");
        assertThat(jdbc.queryForObject("select count(*) from prize_round", Integer.class)).isZero();
    }

    @Test
    void a_deadline_before_the_newest_nomination_is_refused_in_the_form() {
        clock.setTo("2027-03-01T09:00:00");
        var round = rounds.create(PrizeFixtures.round(2027));
        clock.setTo("2027-08-10T12:00:00");
        nominations.submit(round.id(), PrizeFixtures.nomination(round, "Vårby Röster", "a@example.se"),
                PortalI18n.SWEDISH);
        login("admin", "ADMIN");
        UI.getCurrent().navigate("admin/pris/omgang/" + round.id());

        _setValue(_get(DateTimePicker.class, s -> s.withLabel("Sista tid för nominering")),
                LocalDateTime.of(2027, 8, 9, 23, 59));
        _click(_get(Button.class, s -> s.withText("Spara omgången")));

        assertThat(_get(DateTimePicker.class, s -> s.withLabel("Sista tid för nominering")).getErrorMessage())
                .isEqualTo("Sista tiden kan inte vara före den senaste nominering som redan har kommit in.");
        assertThat(rounds.find(round.id()).orElseThrow().closesAt()).isEqualTo(round.closesAt());
    }

    @Test
    void a_criterion_that_nominations_answered_cannot_be_removed() {
        clock.setTo("2027-03-01T09:00:00");
        var round = rounds.create(PrizeFixtures.round(2027));
        clock.setTo("2027-08-10T12:00:00");
        nominations.submit(round.id(), PrizeFixtures.nomination(round, "Vårby Röster", "a@example.se"),
                PortalI18n.SWEDISH);
        var form = round.form(clock.getZone());

        assertThatThrownBy(() -> rounds.create(form.withCriteria(List.of(form.criteria().get(0)))))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.problems()).containsEntry("criteria", "answered"));
        assertThat(rounds.find(round.id()).orElseThrow().criteria()).hasSize(2);
    }

    @Test
    void only_administrators_may_open_the_rounds() {
        login("handlaggare", "OFFICER");
        assertThatThrownBy(() -> UI.getCurrent().navigate("admin/pris")).isInstanceOf(MockAccessDeniedException.class);
        login("ledamot", "COMMITTEE");
        assertThatThrownBy(() -> UI.getCurrent().navigate("admin/pris/omgang"))
                .isInstanceOf(MockAccessDeniedException.class);
    }
}
