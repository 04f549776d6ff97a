package se.huddinge.delaktighet.proposal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.huddinge.delaktighet.proposal.ProposalPages.pageText;

import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.huddinge.delaktighet.proposal.ProposalTestBase;
import se.huddinge.delaktighet.security.FloodLimits;
import se.huddinge.delaktighet.security.Honeypot;
import se.huddinge.delaktighet.security.SwitchableFloodGuard;

/**
 * Floods of the public forms are held off per client address with a clear message, a robot that fills in the hidden
 * field is answered as if sent and nothing is kept, and no attachment is dropped without the resident knowing.
 */
class FloodsAndUploadsTest extends ProposalTestBase {

    @Autowired
    se.huddinge.delaktighet.nomination.PrizeRounds rounds;

    @Autowired
    SwitchableFloodGuard floods;
    @Autowired
    FloodLimits configured;

    /**
     * Small limits for this test's forms (the others keep the test profile's): a fresh guard with full buckets for
     * each test, switched off again after it, so the other tests sharing the context are not counted.
     */
    @BeforeEach
    void smallLimits() {
        floods.use(new FloodLimits(2, 3, configured.mySubmissions(), 2, configured.comment(), configured.report(),
                Duration.ofHours(1), configured.maxClients(), 2));
    }

    @AfterEach
    void configuredLimits() {
        floods.useConfigured();
    }

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @Test
    void the_fourth_support_request_within_the_hour_from_one_address_is_asked_to_wait_with_a_message() {
        long id = given.published("Fler bänkar vid Trångsundsskogen");
        UI.getCurrent().navigate("forslag/" + given.reference(id));
        for (String address : new String[] {"a@example.se", "b@example.se", "c@example.se"}) {
            supportWith(address);
            assertThat(_get(Paragraph.class, spec -> spec.withId("support-result")).getText())
                    .startsWith("Vi har skickat en länk till " + address);
        }

        supportWith("d@example.se");

        var email = _get(EmailField.class, spec -> spec.withLabel("E-postadress"));
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo(
                "Det har kommit många inskick från din uppkoppling på kort tid. Vänta 20 minuter och försök igen.");
        assertThat(jdbc.queryForObject("select count(*) from support", Integer.class)).isEqualTo(3);

        clock.advance(Duration.ofMinutes(20));
        supportWith("d@example.se");
        assertThat(email.isInvalid()).as("the bucket has refilled one").isFalse();
        assertThat(jdbc.queryForObject("select count(*) from support", Integer.class)).isEqualTo(4);
    }

    @Test
    void the_third_request_to_follow_within_the_hour_from_one_address_is_asked_to_wait() {
        long id = given.published("Fler bänkar vid Trångsundsskogen");
        UI.getCurrent().navigate("forslag/" + given.reference(id));
        var email = _get(EmailField.class, spec -> spec.withId("follow-email"));
        for (String address : new String[] {"a@example.se", "b@example.se", "c@example.se"}) {
            _setValue(email, address);
            _click(_get(Button.class, spec -> spec.withText("Följ förslaget")));
        }
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo(
                "Det har kommit många inskick från din uppkoppling på kort tid. Vänta 30 minuter och försök igen.");
        assertThat(jdbc.queryForObject("select count(*) from proposal_follow", Integer.class)).isEqualTo(2);
    }

    @Test
    void a_robot_that_fills_in_the_hidden_field_is_answered_as_if_sent_and_nothing_is_kept() {
        long id = given.published("Fler bänkar vid Trångsundsskogen");
        UI.getCurrent().navigate("forslag/" + given.reference(id));
        fillHoneypot();
        supportWith("robot@example.se");
        assertThat(_get(Paragraph.class, spec -> spec.withId("support-result")).getText())
                .startsWith("Vi har skickat en länk till robot@example.se");
        assertThat(jdbc.queryForObject("select count(*) from support", Integer.class)).isZero();

        // the published proposal's letters are written by listeners after their commits: count once they are done
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from event_publication where completion_date is null", Integer.class) == 0);
        int letters = jdbc.queryForObject("select count(*) from letter", Integer.class);
        SubmitForm.open();
        SubmitForm.fillValid();
        fillHoneypot();
        SubmitForm.send();
        assertThat(pageText()).contains("Vi har skickat en länk till anna@example.se");
        assertThat(jdbc.queryForObject("select count(*) from proposal", Integer.class)).as("only the published one")
                .isOne();
        assertThat(jdbc.queryForObject("select count(*) from letter", Integer.class)).as("no letter either")
                .isEqualTo(letters);
    }

    @Test
    void a_robot_asking_for_mina_inskick_is_answered_as_anyone_and_no_letter_is_asked_for() {
        UI.getCurrent().navigate("mina-inskick");
        fillHoneypot();
        _setValue(_get(EmailField.class, spec -> spec.withLabel("Din e-postadress")), "robot@example.se");
        _click(_get(Button.class, spec -> spec.withText("Skicka länken")));

        assertThat(pageText()).contains("Om det finns inskick från den adressen har vi skickat en länk till robot@example.se");
        assertThat(jdbc.queryForObject("select count(*) from address_request", Integer.class)).isZero();
    }

    @Test
    void a_third_proposal_within_the_hour_from_one_address_is_asked_to_wait() {
        for (int i = 0; i < 2; i++) {
            UI.getCurrent().navigate("");
            SubmitForm.open();
            SubmitForm.fillValid();
            SubmitForm.send();
        }
        UI.getCurrent().navigate("");
        SubmitForm.open();
        SubmitForm.fillValid();
        SubmitForm.send();
        assertThat(_get(Paragraph.class, spec -> spec.withId("submit-too-many")).getText())
                .isEqualTo("Det har kommit många inskick från din uppkoppling på kort tid. Vänta 30 minuter och försök igen.");
        assertThat(jdbc.queryForObject("select count(*) from proposal", Integer.class)).isEqualTo(2);
    }

    @Test
    void a_third_nomination_within_the_hour_from_one_address_is_asked_to_wait() {
        clock.setTo("2027-03-01T09:00:00");
        rounds.create(se.huddinge.delaktighet.nomination.PrizeFixtures.round(2027));
        clock.setTo("2027-08-20T20:00:00");
        for (int i = 0; i < 3; i++) {
            UI.getCurrent().navigate("");           // a new page each time: the form, not the answer of the last send
            UI.getCurrent().navigate("demokratipriset/nominera");
            se.huddinge.delaktighet.nomination.PrizeFixtures.fillNominationForm();
            _click(_get(Button.class, spec -> spec.withText("Skicka nominering")));
        }

        assertThat(_get(Paragraph.class, spec -> spec.withId("nominate-too-many")).getText())
                .isEqualTo("Det har kommit många inskick från din uppkoppling på kort tid. Vänta 30 minuter och försök igen.");
        assertThat(jdbc.queryForObject("select count(*) from nomination", Integer.class)).isEqualTo(2);
    }

    @Test
    void a_refused_file_keeps_the_form_from_being_sent_until_it_is_removed_and_a_stored_file_is_named_by_its_type() {
        SubmitForm.open();
        SubmitForm.fillValid();
        var upload = _get(Upload.class);
        UploadKt._upload(upload, "karta.html", "text/html", PNG);
        // the upload limit answered 413 and the browser reports the file as failed
        ElementUtilsKt._fireDomEvent(upload.getElement(), new DomEvent(upload.getElement(), "upload-error",
                fileEvent("film.mp4")));

        SubmitForm.send();

        assertThat(_get(Span.class, spec -> spec.withId("attachments-error")).getText())
                .startsWith("Filen ”film.mp4” togs inte emot.");
        assertThat(jdbc.queryForObject("select count(*) from proposal", Integer.class)).isZero();

        ElementUtilsKt._fireDomEvent(upload.getElement(), new DomEvent(upload.getElement(), "file-remove",
                fileEvent("film.mp4")));
        SubmitForm.send();
        assertThat(jdbc.queryForList("select file_name from proposal_attachment", String.class)).containsExactly("karta.png");
    }

    /** What the browser sends with an upload component's event about a file. */
    private static tools.jackson.databind.JsonNode fileEvent(String name) {
        var data = JacksonUtils.createObjectNode();
        data.put("event.detail.file.name", name);
        data.put("element.files.some(file => file.uploading)", false);
        return data;
    }

    /** The first form's hidden field (on a proposal's page, the support form's; the follow form has its own). */
    private static void fillHoneypot() {
        com.github.mvysny.kaributesting.v10.LocatorJ._find(Honeypot.class).getFirst().getElement().getChild(1)
                .setProperty("value", "https://spam.example/");
    }

    private static void supportWith(String email) {
        _setValue(_get(EmailField.class, spec -> spec.withLabel("E-postadress")), email);
        _click(_get(Button.class, spec -> spec.withText("Stöd förslaget")));
    }
}
