package se.huddinge.delaktighet.proposal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static se.huddinge.delaktighet.proposal.ProposalPages.listedCards;
import static se.huddinge.delaktighet.proposal.ProposalPages.listedTitles;
import static se.huddinge.delaktighet.proposal.ProposalPages.pageText;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.huddinge.delaktighet.proposal.ProposalFixtures;
import se.huddinge.delaktighet.proposal.ProposalForm;
import se.huddinge.delaktighet.proposal.ProposalJobs;
import se.huddinge.delaktighet.proposal.ProposalTestBase;

/** What a resident sees after sending: the e-mailed links, the public list and page, support and withdrawal. */
class ProposalViewsTest extends ProposalTestBase {

    static final String LIGHTS = "Belysning på gångvägen i Skogås";

    @Autowired
    ProposalJobs jobs;

    @Test
    void following_the_emailed_link_confirms_the_proposal_and_shows_its_number() {
        long id = given.submit(ProposalFixtures.form(BENCHES));

        UI.getCurrent().navigate("forslag/bekrafta/" + given.confirmToken(id));
        _click(_get(Button.class, spec -> spec.withText("Bekräfta förslaget")));

        assertThat(linkResult()).containsExactly(
                "Tack! Vi har tagit emot ditt förslag. Det har nummer HF-2026-0001.",
                "Vi granskar förslaget och bestämmer senast måndag 16 mars 2026 om det ska publiceras. "
                        + "Du får ett mejl när det är klart.");
        assertThat(_find(Button.class, spec -> spec.withText("Bekräfta förslaget"))).isEmpty();
        assertThat(given.status(id)).isEqualTo("IN_MODERATION");
    }

    @Test
    void opening_the_page_alone_does_not_use_the_link() {
        long id = given.submit(ProposalFixtures.form(BENCHES));

        UI.getCurrent().navigate("forslag/bekrafta/" + given.confirmToken(id));

        assertThat(given.status(id)).as("a mail scanner that opens the link changes nothing").isEqualTo("SUBMITTED");
    }

    @Test
    void a_link_used_twice_says_so_and_changes_nothing() {
        long id = given.submit(ProposalFixtures.form(BENCHES));
        String link = "forslag/bekrafta/" + given.confirmToken(id);
        UI.getCurrent().navigate(link);
        _click(_get(Button.class, spec -> spec.withText("Bekräfta förslaget")));

        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate(link);
        _click(_get(Button.class, spec -> spec.withText("Bekräfta förslaget")));

        assertThat(linkResult()).containsExactly("Länken har redan använts. Du behöver inte göra något mer.");
        assertThat(jdbc.queryForList("select reference from proposal", String.class)).containsExactly("HF-2026-0001");
    }

    @Test
    void a_link_older_than_72_hours_has_expired() {
        long id = given.submit(ProposalFixtures.form(BENCHES));
        clock.advance(Duration.ofHours(73));

        UI.getCurrent().navigate("forslag/bekrafta/" + given.confirmToken(id));
        _click(_get(Button.class, spec -> spec.withText("Bekräfta förslaget")));

        assertThat(linkResult()).containsExactly(
                "Länken har slutat gälla. Skicka in igen så får du en ny länk.");
        assertThat(given.status(id)).isEqualTo("SUBMITTED");
    }

    @Test
    void a_link_followed_after_71_hours_still_works() {
        long id = given.submit(ProposalFixtures.form(BENCHES));
        clock.advance(Duration.ofHours(71));

        UI.getCurrent().navigate("forslag/bekrafta/" + given.confirmToken(id));
        _click(_get(Button.class, spec -> spec.withText("Bekräfta förslaget")));

        assertThat(given.status(id)).isEqualTo("IN_MODERATION");
    }

    @Test
    void the_list_shows_published_proposals_only_and_its_filters_narrow_it() {
        given.published(BENCHES);
        given.published(new ProposalForm(LIGHTS, "Det är mörkt på kvällen längs gångvägen vid stationen.", "Skogås",
                "trafik", "Bo Berg", "bo@example.se", true, true, List.of()));
        given.inModeration("Ett förslag som granskas");
        given.submit(ProposalFixtures.form("Ett förslag som inte är bekräftat"));

        UI.getCurrent().navigate("forslag");
        assertThat(listedTitles()).containsExactly(LIGHTS, BENCHES);
        assertThat(_get(Paragraph.class, spec -> spec.withId("proposal-count")).getText()).isEqualTo("Antal förslag: 2");

        _setValue(listSelect("Kommundel"), "Flemingsberg");
        assertThat(listedTitles()).containsExactly(BENCHES);
        _setValue(listSelect("Kommundel"), "");
        _setValue(listSelect("Ämne"), "trafik");
        assertThat(listedTitles()).containsExactly(LIGHTS);
        _setValue(listSelect("Ämne"), "");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Sök bland förslagen")), "MÖRKT");
        assertThat(listedTitles()).containsExactly(LIGHTS);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Sök bland förslagen")), "hf-2026-0001");
        assertThat(listedTitles()).containsExactly(BENCHES);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Sök bland förslagen")), "");
        _setValue(listSelect("Öppna eller avslutade"), "closed");
        assertThat(listedTitles()).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("proposal-count")).getText()).isEqualTo("Antal förslag: 0");
    }

    @Test
    void the_list_shows_a_page_of_cards_and_more_shows_the_next_page() {
        int total = ProposalListView.PAGE_SIZE + 3;
        for (int i = 1; i <= total; i++) {
            given.published(new ProposalForm("Förslag nummer " + i, "Ett förslag i listan, med en text som räcker.",
                    "Flemingsberg", "parker", "Anna Andersson", "forfattare" + i + "@example.se", true, true, List.of()));
        }

        UI.getCurrent().navigate("forslag");
        assertThat(_get(Paragraph.class, spec -> spec.withId("proposal-count")).getText())
                .isEqualTo("Antal förslag: " + total);
        assertThat(listedTitles()).hasSize(ProposalListView.PAGE_SIZE)
                .startsWith("Förslag nummer " + total, "Förslag nummer " + (total - 1));
        var first = listedCards().getFirst();
        assertThat(first.selectFirst("h2 a").attr("href")).matches("forslag/HF-\\d{4}-\\d{4}");
        assertThat(first.selectFirst(".proposal-card-facts").text())
                .matches("HF-\\d{4}-\\d{4} · Flemingsberg · Öppet för stöd · 0 stöd · 90 dagar kvar");

        _click(_get(Button.class, spec -> spec.withId("more-proposals")));
        assertThat(listedTitles()).hasSize(total).endsWith("Förslag nummer 1").doesNotHaveDuplicates();
        assertThat(_find(Button.class, spec -> spec.withId("more-proposals"))).as("no more to show").isEmpty();

        _setValue(_get(TextField.class, spec -> spec.withLabel("Sök bland förslagen")), "nummer 2");
        assertThat(listedTitles()).as("a new search starts from its first page")
                .containsExactly("Förslag nummer 23", "Förslag nummer 22", "Förslag nummer 21", "Förslag nummer 20",
                        "Förslag nummer 2");
    }

    @Test
    void a_proposal_closed_below_the_threshold_stays_listed_as_closed() {
        given.published(BENCHES);
        clock.advance(Duration.ofDays(91));
        jobs.closeEndedSupportPeriods();

        UI.getCurrent().navigate("forslag");
        _setValue(listSelect("Öppna eller avslutade"), "closed");

        assertThat(listedTitles()).containsExactly(BENCHES);
        assertThat(listedCards().getFirst().selectFirst(".proposal-card-facts").text())
                .contains("Avslutat – fick inte tillräckligt stöd");
    }

    @Test
    void the_proposal_page_shows_the_text_the_dated_timeline_and_the_support_form() {
        long id = given.published(BENCHES);

        UI.getCurrent().navigate("forslag/" + given.reference(id));

        assertThat(_get(H1.class).getText()).isEqualTo(BENCHES);
        assertThat(_get(Paragraph.class, spec -> spec.withId("proposal-status")).getText())
                .isEqualTo("Öppet för stöd · HF-2026-0001");
        assertThat(_get(Paragraph.class, spec -> spec.withId("support-count")).getText()).isEqualTo("0 av 100 stöd");
        assertThat(pageText()).as("90 days, though summer time starts on the way")
                .contains("Öppet för stöd till söndag 31 maj 2026 (90 dagar kvar).");
        assertThat(_find(_get(OrderedList.class, spec -> spec.withId("timeline")), ListItem.class).stream()
                .map(li -> li.getElement().getTextRecursively())).containsExactly(
                "måndag 2 mars 2026: Förslaget togs emot och granskas",
                "måndag 2 mars 2026: Förslaget publicerades och öppnade för stöd");
        assertThat(_get(EmailField.class, spec -> spec.withLabel("E-postadress"))).isNotNull();
        assertThat(_get(Button.class, spec -> spec.withText("Stöd förslaget"))).isNotNull();
        assertThat(pageText()).doesNotContain("Anna Andersson", ProposalFixtures.AUTHOR_EMAIL, ProposalFixtures.OFFICER);
    }

    @Test
    void a_proposal_in_moderation_shows_only_its_status_and_due_date_not_its_text() {
        long id = given.inModeration(BENCHES);

        UI.getCurrent().navigate("forslag/" + given.reference(id));

        assertThat(_get(H1.class).getText()).isEqualTo("Förslag " + given.reference(id));
        assertThat(pageText()).contains("Granskas").contains("måndag 16 mars 2026").doesNotContain(BENCHES);
    }

    @Test
    void one_address_supports_once_however_it_is_typed() {
        long id = given.published(BENCHES);
        String page = "forslag/" + given.reference(id);
        UI.getCurrent().navigate(page);

        supportWith("Eva.Svensson@Example.SE");
        assertThat(_get(Paragraph.class, spec -> spec.withId("support-result")).getText())
                .startsWith("Vi har skickat en länk till Eva.Svensson@Example.SE.");
        supportWith("  eva.svensson@example.se ");
        assertThat(jdbc.queryForList("select email from support", String.class))
                .containsExactly("eva.svensson@example.se");

        UI.getCurrent().navigate("stod/bekrafta/" + given.supportToken(id));
        _click(_get(Button.class, spec -> spec.withText("Bekräfta mitt stöd")));
        assertThat(linkResult()).first().isEqualTo("Tack! Ditt stöd för ”" + BENCHES + "” är räknat. Förslaget har nu 1 stöd.");

        UI.getCurrent().navigate(page);
        assertThat(_get(Paragraph.class, spec -> spec.withId("support-count")).getText()).isEqualTo("1 av 100 stöd");
        supportWith("EVA.svensson@example.se");
        var email = _get(EmailField.class, spec -> spec.withLabel("E-postadress"));
        assertThat(email.isInvalid()).as("the page never tells whether an address supports").isFalse();
        assertThat(_get(Paragraph.class, spec -> spec.withId("support-result")).getText())
                .startsWith("Vi har skickat en länk till EVA.svensson@example.se.");
        assertThat(jdbc.queryForObject("select count(*) from support", Integer.class)).isOne();
        assertThat(jdbc.queryForObject("select support_count from proposal", Integer.class)).isOne();
    }

    @Test
    void a_second_support_link_for_a_counted_support_says_it_is_already_counted() {
        long id = given.published(BENCHES);
        String reference = given.reference(id);
        service.requestSupport(reference, "eva@example.se", false, java.util.Locale.of("sv"));
        String first = given.supportToken(id);
        given.support(id, "eva@example.se");

        UI.getCurrent().navigate("stod/bekrafta/" + first);
        _click(_get(Button.class, spec -> spec.withText("Bekräfta mitt stöd")));

        assertThat(linkResult()).first().isEqualTo("Ditt stöd för ”" + BENCHES + "” är redan räknat. Förslaget har 1 stöd.");
        assertThat(jdbc.queryForObject("select support_count from proposal", Integer.class)).isOne();
    }

    @Test
    void a_support_link_followed_after_the_support_period_ended_does_not_count() {
        long id = given.published(BENCHES);
        clock.setTo("2026-05-31T08:00:00");
        service.requestSupport(given.reference(id), "eva@example.se", false, java.util.Locale.of("sv"));
        clock.setTo("2026-05-31T09:00:01");

        UI.getCurrent().navigate("stod/bekrafta/" + given.supportToken(id));
        _click(_get(Button.class, spec -> spec.withText("Bekräfta mitt stöd")));

        assertThat(linkResult()).containsExactly("Tiden för att stödja förslaget har tagit slut.");
        assertThat(jdbc.queryForObject("select support_count from proposal", Integer.class)).isZero();
        UI.getCurrent().navigate("forslag/" + given.reference(id));
        assertThat(_find(Button.class, spec -> spec.withText("Stöd förslaget"))).isEmpty();
    }

    @Test
    void a_bad_email_address_for_support_is_marked_at_the_field() {
        long id = given.published(BENCHES);
        UI.getCurrent().navigate("forslag/" + given.reference(id));

        supportWith("eva.example.se");

        assertThat(_get(EmailField.class, spec -> spec.withLabel("E-postadress")).getErrorMessage())
                .isEqualTo("Skriv en e-postadress i formen namn@exempel.se.");
        assertThat(jdbc.queryForObject("select count(*) from support", Integer.class)).isZero();
    }

    @Test
    void the_author_withdraws_the_proposal_from_the_link_in_the_receipt() {
        long id = given.published(BENCHES);

        UI.getCurrent().navigate("forslag/hantera/" + given.manageToken(id));
        assertThat(_get(Paragraph.class, spec -> spec.withId("manage-state")).getText())
                .isEqualTo("”" + BENCHES + "”: Öppet för stöd");
        _click(_get(Button.class, spec -> spec.withText("Återkalla förslaget")));

        assertThat(linkResult()).containsExactly("Förslaget ”" + BENCHES + "” är återkallat. Du får ett mejl som bekräftelse.");
        assertThat(_get(Paragraph.class, spec -> spec.withId("manage-state")).getText())
                .isEqualTo("”" + BENCHES + "”: Återkallat");
        assertThat(_find(Paragraph.class, spec -> spec.withText(
                "Du kan återkalla förslaget fram till att det lämnas till en nämnd. Det går inte att ångra.")))
                .as("the offer to withdraw is gone once it is done").isEmpty();
        assertThat(given.status(id)).isEqualTo("WITHDRAWN");
        UI.getCurrent().navigate("forslag");
        assertThat(listedTitles()).isEmpty();

        UI.getCurrent().navigate("forslag/hantera/" + given.manageToken(id));
        assertThat(_get(Paragraph.class, spec -> spec.withId("manage-state")).getText())
                .isEqualTo("”" + BENCHES + "”: Återkallat");
        assertThat(pageText()).as("nothing about withdrawing what is already withdrawn")
                .doesNotContain("Förslaget kan inte återkallas längre.");
    }

    @Test
    void a_referred_proposal_can_no_longer_be_withdrawn() {
        long id = given.referred(BENCHES);

        UI.getCurrent().navigate("forslag/hantera/" + given.manageToken(id));

        assertThat(_get(Paragraph.class, spec -> spec.withId("manage-state")).getText())
                .isEqualTo("”" + BENCHES + "”: Lämnat till nämnd");
        assertThat(_find(Button.class, spec -> spec.withText("Återkalla förslaget"))).isEmpty();
        assertThat(pageText()).contains("Förslaget kan inte återkallas längre.");
    }

    @Test
    void a_made_up_management_link_is_refused() {
        given.published(BENCHES);

        UI.getCurrent().navigate("forslag/hantera/inte-en-riktig-lank");

        assertThat(_get(Paragraph.class, spec -> spec.withId("manage-state")).getText())
                .isEqualTo("Länken fungerar inte. Kontrollera att du har kopierat hela länken från mejlet.");
        assertThat(_find(Button.class, spec -> spec.withText("Återkalla förslaget"))).isEmpty();
    }

    private static void supportWith(String email) {
        _setValue(_get(EmailField.class, spec -> spec.withLabel("E-postadress")), email);
        _click(_get(Button.class, spec -> spec.withText("Stöd förslaget")));
    }

    private static List<String> linkResult() {
        return _find(_get(Div.class, spec -> spec.withId("link-result")), Paragraph.class).stream()
                .map(p -> p.getElement().getTextRecursively()).toList();
    }

    @SuppressWarnings("unchecked")
    private static Select<String> listSelect(String label) {
        return _get(Select.class, spec -> spec.withLabel(label));
    }

}
