package se.huddinge.delaktighet.review;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.huddinge.delaktighet.SentLinks;
import se.huddinge.delaktighet.base.LinkRef;
import se.huddinge.delaktighet.base.i18n.PortalI18n;
import se.huddinge.delaktighet.proposal.Decision;
import se.huddinge.delaktighet.proposal.FollowThroughEvents.FollowRequested;
import se.huddinge.delaktighet.proposal.ImplementationRecord;
import se.huddinge.delaktighet.proposal.ImplementationStatus;
import se.huddinge.delaktighet.proposal.MySubmissionsLinkRequested;
import se.huddinge.delaktighet.proposal.MySubmissionsService;
import se.huddinge.delaktighet.proposal.ProposalException;
import se.huddinge.delaktighet.proposal.ProposalFixtures;
import se.huddinge.delaktighet.proposal.ProposalFollows;
import se.huddinge.delaktighet.proposal.ProposalImplementations;
import se.huddinge.delaktighet.proposal.ProposalTestBase;
import se.huddinge.delaktighet.security.Honeypot;

/**
 * Following a proposal from its page and the follow-through of an approved one on the case page and the public page
 * (DD29), as residents and officers see them.
 */
class FollowThroughViewsTest extends ProposalTestBase {

    /** Text an officer might paste: a link marker, template and spreadsheet syntax, markup. */
    static final String HOSTILE = "Se {link:access:1} och ${7*7} [[${7*7}]] <b>fet</b> =HYPERLINK(\"http://x\")";

    @Autowired
    ProposalFollows follows;
    @Autowired
    ProposalImplementations implementations;
    @Autowired
    MySubmissionsService mine;
    @Autowired
    se.huddinge.delaktighet.reporting.AuditTrail auditTrail;

    @Test
    void a_resident_follows_from_the_page_without_supporting_and_stops_in_mina_inskick() {
        long id = given.published(BENCHES);
        String reference = given.reference(id);
        UI.getCurrent().navigate("forslag/" + reference);
        _setValue(_get(EmailField.class, spec -> spec.withId("follow-email")), "Fia@Example.se ");
        _click(_get(Button.class, spec -> spec.withId("follow-send")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("follow-result")).getText())
                .startsWith("Vi har skickat en länk till Fia@Example.se.");

        UI.getCurrent().navigate("folj/bekrafta/" + followToken());
        _click(_get(Button.class, spec -> spec.withId("link-action")));
        assertThat(_get(Div.class, spec -> spec.withId("link-result")).getElement().getTextRecursively())
                .contains("Du följer nu ”" + BENCHES + "”.");
        assertThat(jdbc.queryForObject("select support_count from proposal where id = ?", Integer.class, id))
                .as("following is not supporting").isZero();
        assertThat(given.count("support")).isZero();

        mine.requestLink("fia@example.se", PortalI18n.SWEDISH);
        var link = events.stream(MySubmissionsLinkRequested.class).reduce((a, b) -> b).orElseThrow().link();
        assertThat(link).as("an address that only follows gets a link to its list").isNotNull();
        UI.getCurrent().navigate("mina-inskick/lista/" + SentLinks.token(link));
        _click(_get(Button.class, spec -> spec.withId("link-action")));
        var followed = _get(Div.class, spec -> spec.withId("followed"));
        assertThat(_get(followed, ListItem.class).getElement().getTextRecursively()).contains(BENCHES, reference);
        _click(_get(followed, Button.class, spec -> spec.withText("Sluta följa")));
        NotificationsKt.expectNotifications("Du följer inte längre ”" + BENCHES + "”.");
        assertThat(_get(Div.class, spec -> spec.withId("followed")).getElement().getTextRecursively())
                .contains("Du följer inga förslag.");
        assertThat(jdbc.queryForList("select email from proposal_follow", String.class)).containsOnlyNulls();
    }

    @Test
    void the_follow_form_says_what_is_wrong_at_the_field_and_keeps_nothing_from_a_robot() {
        long id = given.published(BENCHES);
        UI.getCurrent().navigate("forslag/" + given.reference(id));
        var email = _get(EmailField.class, spec -> spec.withId("follow-email"));
        _setValue(email, "fia.example.se");
        _click(_get(Button.class, spec -> spec.withId("follow-send")));
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("Skriv en e-postadress i formen namn@exempel.se.");

        _setValue(email, "robot@example.se");
        _get(_get(Div.class, spec -> spec.withId("follow-form")), Honeypot.class).getElement().getChild(1)
                .setProperty("value", "https://spam.example/");
        _click(_get(Button.class, spec -> spec.withId("follow-send")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("follow-result")).getText()).contains("robot@example.se");
        assertThat(given.count("proposal_follow")).isZero();
    }

    @Test
    void the_stop_link_in_a_letter_stops_the_letters_with_one_click_and_again_says_so() {
        long id = given.published(BENCHES);
        follows.request(given.reference(id), "fia@example.se", PortalI18n.SWEDISH);
        follows.confirm(followToken());
        long stopLink = jdbc.queryForObject("select stop_link_id from proposal_follow", Long.class);
        String token = SentLinks.token(new LinkRef("access", stopLink));

        UI.getCurrent().navigate("folj/sluta/" + token);
        assertThat(given.count("proposal_follow where email is not null")).as("opening the page stops nothing")
                .isOne();
        _click(_get(Button.class, spec -> spec.withId("link-action")));
        assertThat(_get(Div.class, spec -> spec.withId("link-result")).getElement().getTextRecursively())
                .contains("Du får inga fler mejl om ”" + BENCHES + "”.");
        assertThat(given.count("proposal_follow where email is null and stopped_at is not null")).isOne();

        UI.getCurrent().navigate("forslag");
        UI.getCurrent().navigate("folj/sluta/" + token);
        _click(_get(Button.class, spec -> spec.withId("link-action")));
        assertThat(_get(Div.class, spec -> spec.withId("link-result")).getElement().getTextRecursively())
                .contains("Du slutade redan följa");
    }

    @Test
    void an_officer_keeps_the_record_on_the_case_page_and_the_public_timeline_shows_each_note_as_typed() {
        long id = approved();
        login(OFFICER, "OFFICER");
        UI.getCurrent().navigate("granskning/forslag/" + id);
        var form = _get(Div.class, spec -> spec.withId("implementation-record"));
        assertThat(_get(form, Paragraph.class, spec -> spec.withText(
                "Inget är skrivet om genomförandet än. Skriv vem som ansvarar och när det ska vara klart."))).isNotNull();
        _click(_get(Button.class, spec -> spec.withText("Spara genomförandet")));
        assertThat(_get(TextField.class, spec -> spec.withLabel("Ansvarig enhet")).getErrorMessage())
                .isEqualTo("Skriv vilken enhet som ansvarar.");
        assertThat(_get(DatePicker.class, spec -> spec.withLabel("Ska vara klart")).getErrorMessage())
                .isEqualTo("Välj när arbetet ska vara klart.");
        assertThat(given.count("implementation_update")).as("nothing half-saved").isZero();

        _setValue(_get(TextField.class, spec -> spec.withLabel("Ansvarig enhet")), "Parkenheten");
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Ska vara klart")), LocalDate.of(2026, 9, 4));
        ComboBox<ImplementationStatus> status = _get(ComboBox.class, spec -> spec.withLabel("Läge"));
        _setValue(status, ImplementationStatus.UNDER_WAY);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Kort notering")), HOSTILE);
        _click(_get(Button.class, spec -> spec.withText("Spara genomförandet")));
        NotificationsKt.expectNotifications("Sparat.");
        assertThat(_get(ListItem.class, spec -> spec.withText("måndag 2 mars 2026, " + OFFICER + ": pågår, Parkenheten, "
                + "planerat fredag 4 september 2026 – " + HOSTILE))).isNotNull();

        UI.getCurrent().navigate("forslag/" + given.reference(id));
        var section = _get(Div.class, spec -> spec.withId("implementation"));
        assertThat(_get(section, H2.class).getText()).isEqualTo("Efter beslutet");
        assertThat(_get(section, Paragraph.class, spec -> spec.withId("implementation-status")).getText())
                .isEqualTo("Läge: pågår. Ansvar: Parkenheten.");
        assertThat(section.getElement().getTextRecursively()).contains("Ska vara klart fredag 4 september 2026.",
                "måndag 2 mars 2026: ", "Arbetet: pågår", HOSTILE).doesNotContain(OFFICER, "49");
    }

    @Test
    void a_record_another_officer_saved_meanwhile_is_not_overwritten() {
        long id = approved();
        login(OFFICER, "OFFICER");
        UI.getCurrent().navigate("granskning/forslag/" + id);
        save("kollega", id, null, ImplementationStatus.PLANNED, "Gatuenheten");

        _setValue(_get(TextField.class, spec -> spec.withLabel("Ansvarig enhet")), "Parkenheten");
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Ska vara klart")), LocalDate.of(2026, 9, 4));
        _setValue(_get(ComboBox.class, spec -> spec.withLabel("Läge")), ImplementationStatus.UNDER_WAY);
        _click(_get(Button.class, spec -> spec.withText("Spara genomförandet")));

        NotificationsKt.expectNotifications("Någon annan hann ändra förslaget. Sidan visar nu det senaste.");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Ansvarig enhet")).getValue()).isEqualTo("Gatuenheten");
        assertThat(jdbc.queryForList("select actor from implementation_update", String.class))
                .containsExactly("kollega");
    }

    @Test
    void two_officers_saving_at_the_same_moment_never_lose_a_write() throws Exception {
        long id = approved();
        var ready = new CountDownLatch(2);
        var go = new CountDownLatch(1);
        var first = CompletableFuture.supplyAsync(() -> race("ett", id, ready, go));
        var second = CompletableFuture.supplyAsync(() -> race("tva", id, ready, go));
        ready.await(10, TimeUnit.SECONDS);
        go.countDown();
        String a = first.get(20, TimeUnit.SECONDS);
        String b = second.get(20, TimeUnit.SECONDS);
        assertThat(java.util.List.of(a, b)).containsExactlyInAnyOrder("saved", "VERSION_CONFLICT");
        String winner = a.equals("saved") ? "ett" : "tva";
        assertThat(jdbc.queryForList("select actor from implementation_update", String.class)).containsExactly(winner);
        assertThat(jdbc.queryForObject("select unit from proposal_implementation", String.class)).isEqualTo(winner);
    }

    @Test
    void a_committee_member_reads_the_record_but_has_no_form() {
        long id = approved();
        save("kollega", id, null, ImplementationStatus.PLANNED, "Parkenheten");
        login("ledamot", "COMMITTEE");
        UI.getCurrent().navigate("granskning/forslag/" + id);
        var record = _get(Div.class, spec -> spec.withId("implementation-record"));
        assertThat(_get(record, ListItem.class).getText()).contains("kollega: planerat, Parkenheten");
        assertThat(_find(Button.class, spec -> spec.withText("Spara genomförandet"))).isEmpty();
    }

    @Test
    void every_save_is_in_the_administrators_audit_trail_with_who_made_it() {
        long id = approved();
        save("kollega", id, null, ImplementationStatus.PLANNED, "Parkenheten");
        var filter = new se.huddinge.delaktighet.reporting.AuditTrail.Filter(
                se.huddinge.delaktighet.reporting.AuditTrail.Kind.IMPLEMENTATION, null, null, null);
        var entries = ProposalFixtures.as("admin", () -> auditTrail.page(filter, 0, 10), "ADMIN");
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("kollega");
            assertThat(e.subject()).isEqualTo(given.reference(id));
            assertThat(e.after()).isEqualTo("PLANNED, Parkenheten, 2026-09-04");
        });
        assertThat(ProposalFixtures.as("admin", () -> auditTrail.count(filter), "ADMIN")).isOne();
    }

    private String race(String officer, long id, CountDownLatch ready, CountDownLatch go) {
        ready.countDown();
        try {
            go.await(10, TimeUnit.SECONDS);
            save(officer, id, null, ImplementationStatus.PLANNED, officer);
            return "saved";
        } catch (ProposalException e) {
            return e.reason().name();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private void save(String officer, long id, Long version, ImplementationStatus status, String unit) {
        ProposalFixtures.as(officer, () -> implementations.save(id, version, new ImplementationRecord.Form(unit,
                LocalDate.of(2026, 9, 4), status, null, null)), "OFFICER");
    }

    private long approved() {
        long id = given.referred(BENCHES);
        given.decide(id, Decision.BIFALL, LocalDate.of(2026, 3, 2));
        return id;
    }

    private String followToken() {
        return SentLinks.token(events.stream(FollowRequested.class).reduce((a, b) -> b).orElseThrow().confirmLink());
    }
}
