package se.huddinge.delaktighet.nomination;

import se.huddinge.delaktighet.SentLinks;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import se.huddinge.delaktighet.KaribuTest;
import se.huddinge.delaktighet.base.i18n.PortalI18n;
import se.huddinge.delaktighet.proposal.MySubmissionsLinkRequested;
import se.huddinge.delaktighet.proposal.MySubmissionsService;
import se.huddinge.delaktighet.security.Honeypot;

/** A resident nominates, with live counters and field messages; the server decides the deadline; they confirm. */
@RecordApplicationEvents
class NominationViewsTest extends KaribuTest {

    @Autowired
    PrizeRounds rounds;
    @Autowired
    MySubmissionsService mySubmissions;
    @Autowired
    ApplicationEvents events;

    @BeforeEach
    void anOpenRound() {
        clock.setTo("2027-03-01T09:00:00");
        rounds.create(PrizeFixtures.round(2027));
        clock.setTo("2027-08-20T20:00:00");
        UI.getCurrent().navigate("demokratipriset/nominera");
    }

    private static void fillValid() {
        PrizeFixtures.fillNominationForm();
    }

    private static void send() {
        _click(_get(Button.class, s -> s.withText("Skicka nominering")));
    }

    private int saved() {
        return jdbc.queryForObject("select count(*) from nomination", Integer.class);
    }

    @Test
    void a_complete_nomination_is_saved_waiting_for_the_email_link_and_the_page_says_what_to_do() {
        fillValid();
        send();

        assertThat(_get(H2.class, s -> s.withId("nomination-sent")).getText()).isEqualTo("Kolla din e-post");
        assertThat(jdbc.queryForObject("select status from nomination", String.class)).isEqualTo("AWAITING_CONFIRMATION");
    }

    @Test
    void a_robot_that_fills_in_the_hidden_field_is_answered_as_if_sent_and_nothing_is_kept() {
        fillValid();
        _get(Honeypot.class).getElement().getChild(1).setProperty("value", "https://spam.example/");
        send();

        assertThat(_get(H2.class, s -> s.withId("nomination-sent")).getText()).isEqualTo("Kolla din e-post");
        assertThat(saved()).isZero();
        assertThat(events.stream(NominationEvents.NominationSubmitted.class)).as("no letter asked for").isEmpty();
    }

    @Test
    void a_motivation_counts_its_characters_as_they_are_typed() {
        var area = _get(TextArea.class, s -> s.withLabel("Delaktighet"));
        _setValue(area, "Sjödalens röst 🗳");
        // an emoji is one character, as the server counts; Swedish groups thousands with a (no-break) space
        assertThat(area.getHelperText().replace('\u00a0', ' ')).endsWith("16 av 3 000 tecken.");
    }

    @Test
    void a_missing_motivation_is_named_at_its_field_and_nothing_is_saved() {
        fillValid();
        _setValue(_get(TextArea.class, s -> s.withLabel("Fler röster")), " ");
        send();

        var area = _get(TextArea.class, s -> s.withLabel("Fler röster"));
        assertThat(area.isInvalid()).isTrue();
        assertThat(area.getErrorMessage()).isEqualTo("Skriv en motivering för det här kriteriet.");
        assertThat(saved()).isZero();
    }

    @Test
    void self_nomination_is_refused_at_the_nominee_field_by_default() {
        fillValid();
        _setValue(_get(TextField.class, s -> s.withLabel("Namn på den du nominerar")), "nina nominerare");
        send();

        assertThat(_get(TextField.class, s -> s.withLabel("Namn på den du nominerar")).getErrorMessage())
                .isEqualTo("Du kan inte nominera dig själv i den här omgången.");
        assertThat(saved()).isZero();
    }

    @Test
    void a_late_nomination_is_refused_with_the_closing_time_and_nothing_is_saved() {
        fillValid();
        clock.setTo("2027-08-21T00:00:00");       // the page was opened in time; the click comes after midnight
        send();

        NotificationsKt.expectNotifications("Nomineringen stängde fredag 20 augusti 2027 kl. 23:59. "
                + "Din nominering har inte sparats.");
        assertThat(saved()).isZero();
    }

    @Test
    void the_nominator_confirms_with_the_link_and_gets_the_reference_number() {
        fillValid();
        send();
        String token = SentLinks.token(events.stream(NominationEvents.NominationSubmitted.class).findFirst().orElseThrow().confirmLink());

        UI.getCurrent().navigate("demokratipriset/bekrafta/" + token);
        assertThat(saved()).as("opening the page uses nothing").isEqualTo(1);
        _click(_get(Button.class, s -> s.withText("Bekräfta nomineringen")));

        assertThat(_get(H2.class, s -> s.withText("Tack! Din nominering räknas. Ärendenummer: DP-2027-0001")))
                .isNotNull();
    }

    @Test
    void a_link_followed_after_the_deadline_says_clearly_that_the_nomination_does_not_count() {
        fillValid();
        send();
        String token = SentLinks.token(events.stream(NominationEvents.NominationSubmitted.class).findFirst().orElseThrow().confirmLink());
        clock.setTo("2027-08-21T00:00:01");

        UI.getCurrent().navigate("demokratipriset/bekrafta/" + token);
        _click(_get(Button.class, s -> s.withText("Bekräfta nomineringen")));

        assertThat(_get(Div.class, s -> s.withId("confirm-result")).getElement().getTextRecursively())
                .contains("Nomineringen räknas inte")
                .contains("Nomineringen stängde fredag 20 augusti 2027 kl. 23:59, och du bekräftade efter det.");
        assertThat(jdbc.queryForObject("select status from nomination", String.class)).isEqualTo("TOO_LATE");
    }

    @Test
    void a_nominator_sees_their_nomination_in_my_submissions_beside_their_proposals() {
        fillValid();
        send();
        mySubmissions.requestLink(PrizeFixtures.NOMINATOR, PortalI18n.SWEDISH);
        String token = SentLinks.token(events.stream(MySubmissionsLinkRequested.class).findFirst().orElseThrow().link());
        assertThat(token).as("an address with only a nomination gets a link").isNotNull();

        UI.getCurrent().navigate("mina-inskick/lista/" + token);
        _click(_get(Button.class, s -> s.withText("Visa mina inskick")));

        assertThat(_get(Div.class, s -> s.withId("nominated")).getElement().getTextRecursively())
                .contains("Föreningen Vårby Röster (Demokratipriset 2027)")
                .contains("Väntar på att du bekräftar din e-postadress");
    }

    @Test
    void the_form_and_the_refusal_speak_english_to_an_english_reader() {
        useLanguage(PortalI18n.ENGLISH);
        UI.getCurrent().navigate("demokratipriset");
        UI.getCurrent().navigate("demokratipriset/nominera");
        assertThat(_get(com.vaadin.flow.component.html.H1.class).getText())
                .isEqualTo("Nominate for the Democracy Prize");
        clock.setTo("2027-08-21T00:00:00");
        _click(_get(Button.class, s -> s.withText("Send nomination")));

        NotificationsKt.expectNotifications("Nominations closed on Friday 20 August 2027 at 23:59. "
                + "Your nomination has not been saved.");
    }

    /** A nomination sent from a Finnish page is kept in Finnish, the language of its letters (DD38). */
    @Test
    void a_nomination_from_a_finnish_page_is_kept_in_finnish() {
        useLanguage(PortalI18n.FINNISH);
        UI.getCurrent().navigate("demokratipriset");
        UI.getCurrent().navigate("demokratipriset/nominera");
        assertThat(_get(com.vaadin.flow.component.html.H1.class).getText())
                .isEqualTo("Ehdota Demokratiapalkinnon saajaa");
        _setValue(_get(TextField.class, s -> s.withLabel("Ehdottamasi saajan nimi")), "Vårby Röster ry");
        _setValue(_get(RadioButtonGroup.class, s -> s.withLabel("Kuka se on?")), NomineeKind.ASSOCIATION);
        _setValue(_get(TextArea.class, s -> s.withLabel("Yhteys Huddingeen")), "Toiminut Vårbyssä vuodesta 2010.");
        // the round's criteria are the administrators' words, in Swedish on a Finnish page (DD38)
        _setValue(_get(TextArea.class, s -> s.withLabel("Delaktighet")), "Järjestää asukasiltoja joka kuukausi.");
        _setValue(_get(TextArea.class, s -> s.withLabel("Fler röster")), "Tulkkaa viidelle kielelle.");
        _setValue(_get(TextField.class, s -> s.withLabel("Nimesi")), "Aino Virtanen");
        _setValue(_get(EmailField.class, s -> s.withLabel("Sähköpostiosoitteesi")), PrizeFixtures.NOMINATOR);
        _setValue(_get(Checkbox.class, s -> s.withLabel("Hyväksyn, että kunta käsittelee minun ja ehdottamani "
                + "saajan tietoja Demokratiapalkintoa varten")), true);
        _click(_get(Button.class, s -> s.withText("Lähetä ehdotus")));

        assertThat(_get(H2.class, s -> s.withId("nomination-sent")).getText()).isEqualTo("Tarkista sähköpostisi");
        assertThat(jdbc.queryForObject("select language from nomination", String.class)).isEqualTo("fi");
    }
}
