package se.huddinge.delaktighet.proposal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import se.huddinge.delaktighet.base.i18n.PortalI18n;
import se.huddinge.delaktighet.proposal.MySubmissionsLinkRequested;
import se.huddinge.delaktighet.proposal.ProposalFixtures;
import se.huddinge.delaktighet.proposal.ProposalTestBase;

/**
 * A resident who reads the portal in Finnish: the forms speak Finnish, and what they send is kept with "fi", the
 * language their letters are written in (issue 22, DD38); the officer sees that language on the case page.
 */
class FinnishResidentTest extends ProposalTestBase {

    private static void inFinnish(String path) {
        UI.getCurrent().getSession().setLocale(PortalI18n.FINNISH);
        UI.getCurrent().setLocale(PortalI18n.FINNISH);
        UI.getCurrent().navigate(path);
    }

    @Test
    void a_proposal_from_a_finnish_page_is_refused_and_accepted_in_finnish_and_kept_in_finnish() {
        inFinnish("forslag/nytt");
        _click(_get(Button.class, s -> s.withText("Lähetä aloite")));
        assertThat(_get(TextField.class, s -> s.withLabel("Otsikko")).getErrorMessage()).isEqualTo("Kirjoita otsikko.");
        assertThat(_get(TextArea.class, s -> s.withLabel("Kuvaile aloitteesi")).getHelperText())
                .isEqualTo("0/2000 merkkiä");

        _setValue(_get(TextField.class, s -> s.withLabel("Otsikko")), "Lisää penkkejä Flemingsbergiin");
        _setValue(_get(TextArea.class, s -> s.withLabel("Kuvaile aloitteesi")), "Kävelytien varrella on liian vähän penkkejä.");
        _setValue(combo("Kunnanosa"), "Flemingsberg");
        _setValue(combo("Aihe"), "parker");
        _setValue(_get(TextField.class, s -> s.withLabel("Nimesi")), "Aino Virtanen");
        _setValue(_get(EmailField.class, s -> s.withLabel("Sähköpostiosoitteesi")), "aino@example.fi");
        _setValue(_get(Checkbox.class, s -> s.withLabel("Asun, työskentelen tai opiskelen Huddingessa")), true);
        _setValue(_get(Checkbox.class, s -> s.withLabel(
                "Hyväksyn, että kunta käsittelee tietojani aloitteen käsittelyä varten")), true);
        _click(_get(Button.class, s -> s.withText("Lähetä aloite")));

        assertThat(_get(H2.class, s -> s.withText("Tarkista sähköpostisi"))).isNotNull();
        assertThat(jdbc.queryForObject("select language from proposal", String.class)).isEqualTo("fi");
    }

    @Test
    void a_support_a_follow_and_a_comment_from_a_finnish_page_are_kept_in_finnish() {
        long id = given.published(BENCHES);
        inFinnish("forslag/" + given.reference(id));

        _setValue(_get(EmailField.class, s -> s.withLabel("Sähköpostiosoite")), "eeva@example.fi");
        _click(_get(Button.class, s -> s.withText("Tue aloitetta")));
        assertThat(_get(Paragraph.class, s -> s.withId("support-result")).getText())
                .startsWith("Lähetimme linkin osoitteeseen eeva@example.fi.");

        _setValue(_get(EmailField.class, s -> s.withId("follow-email")), "matti@example.fi");
        _click(_get(Button.class, s -> s.withId("follow-send")));

        _setValue(_get(TextArea.class, s -> s.withId("comment-text")), "Hyvä ajatus, penkkejä tarvitaan.");
        _setValue(_get(TextField.class, s -> s.withId("comment-name")), "Liisa");
        _setValue(_get(EmailField.class, s -> s.withId("comment-email")), "liisa@example.fi");
        _click(_get(Button.class, s -> s.withId("comment-send")));

        assertThat(jdbc.queryForObject("select language from support", String.class)).isEqualTo("fi");
        assertThat(jdbc.queryForObject("select language from proposal_follow", String.class)).isEqualTo("fi");
        assertThat(jdbc.queryForObject("select language from comment", String.class)).isEqualTo("fi");
    }

    @Test
    void a_link_to_omat_lahetykseni_asked_for_in_finnish_is_written_in_finnish() {
        given.inModeration(BENCHES);
        inFinnish("mina-inskick");
        _setValue(_get(EmailField.class), ProposalFixtures.AUTHOR_EMAIL);
        _click(_get(Button.class, s -> s.withText("Lähetä linkki")));

        assertThat(events.stream(MySubmissionsLinkRequested.class).map(MySubmissionsLinkRequested::language))
                .containsExactly("fi");
    }

    @Test
    void the_officer_reads_the_authors_language_on_the_case_page() {
        long id = service.submit(ProposalFixtures.form(BENCHES), PortalI18n.FINNISH);
        service.confirm(given.confirmToken(id));
        login(OFFICER, "OFFICER");

        UI.getCurrent().navigate("granskning/forslag/" + id);
        assertThat(_get(Paragraph.class, s -> s.withId("case-language")).getText()).isEqualTo("Språk: finska");

        useLanguage(PortalI18n.ENGLISH);
        UI.getCurrent().navigate("granskning");
        UI.getCurrent().navigate("granskning/forslag/" + id);
        assertThat(_get(Paragraph.class, s -> s.withId("case-language")).getText()).isEqualTo("Language: Finnish");
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<String> combo(String label) {
        return _get(ComboBox.class, s -> s.withLabel(label));
    }
}
