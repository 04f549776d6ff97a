package se.huddinge.delaktighet.nomination;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.huddinge.delaktighet.KaribuTest;
import se.huddinge.delaktighet.base.i18n.PortalI18n;

/**
 * A round's own words in Swedish, English and Finnish (DD43): the editor keeps all three, and a page shows the words
 * in its language, or the Swedish marked {@code lang="sv"} where the round has none in it.
 */
class RoundLanguagesTest extends KaribuTest {

    private static final String ABOUT_SV = "Om priset och varför det finns (svenska)";
    private static final String ABOUT_EN = "Om priset och varför det finns (engelska)";
    private static final String ABOUT_FI = "Om priset och varför det finns (finska, frivilligt)";

    @Autowired
    PrizeRounds rounds;

    /** Huddinge's round with a Finnish about text and the first criterion in Finnish, the second without. */
    static RoundForm partlyInFinnish(int year) {
        var form = PrizeFixtures.round(year);
        return form.withTexts(form.aboutSv(), form.aboutEn(), "Vahvistaa demokratiaa Huddingessa.")
                .withCriteria(List.of(new RoundForm.Criterion(null, "Delaktighet", "Participation",
                                "Ökar delaktigheten.", "Increases participation.", "Osallisuus", "Lisää osallisuutta."),
                        new RoundForm.Criterion(null, "Fler röster", "More voices", "Ger fler en röst.",
                                "Gives more people a voice.")));
    }

    @Test
    void the_editor_saves_and_reads_back_the_round_in_three_languages_finnish_optional() {
        clock.setTo("2027-01-10T10:00:00");
        login("admin", "ADMIN");
        UI.getCurrent().navigate("admin/pris/omgang");
        _setValue(area(ABOUT_SV), "Stärker demokratin.");
        _setValue(area(ABOUT_EN), "Strengthens democracy.");
        _setValue(area(ABOUT_FI), "Vahvistaa demokratiaa.");
        _setValue(field("Rubrik (svenska)"), "Delaktighet");
        _setValue(field("Rubrik (engelska)"), "Participation");
        _setValue(field("Rubrik (finska, frivilligt)"), "Osallisuus");
        _setValue(area("Beskrivning (svenska)"), "Ökar delaktigheten.");
        _setValue(area("Beskrivning (engelska)"), "Increases participation.");
        _setValue(area("Beskrivning (finska, frivilligt)"), "Lisää osallisuutta.");
        _click(_get(Button.class, s -> s.withText("Spara omgången")));

        assertThat(jdbc.queryForMap("select about_sv, about_en, about_fi from prize_round")).isEqualTo(Map.of(
                "about_sv", "Stärker demokratin.", "about_en", "Strengthens democracy.",
                "about_fi", "Vahvistaa demokratiaa."));
        assertThat(jdbc.queryForMap("select title_fi, description_fi from prize_criterion"))
                .isEqualTo(Map.of("title_fi", "Osallisuus", "description_fi", "Lisää osallisuutta."));

        long id = rounds.current().orElseThrow().id();
        UI.getCurrent().navigate("admin/pris/omgang/" + id);
        assertThat(area(ABOUT_SV).getValue()).isEqualTo("Stärker demokratin.");
        assertThat(area(ABOUT_EN).getValue()).isEqualTo("Strengthens democracy.");
        assertThat(area(ABOUT_FI).getValue()).isEqualTo("Vahvistaa demokratiaa.");
        assertThat(field("Rubrik (finska, frivilligt)").getValue()).isEqualTo("Osallisuus");
        assertThat(area("Beskrivning (finska, frivilligt)").getValue()).isEqualTo("Lisää osallisuutta.");
        assertThat(field("Rubrik (engelska)").getValue()).isEqualTo("Participation");

        // the Finnish is optional: emptied, nothing is kept and the round is saved
        _setValue(area(ABOUT_FI), "  ");
        _setValue(field("Rubrik (finska, frivilligt)"), "");
        _setValue(area("Beskrivning (finska, frivilligt)"), "");
        _click(_get(Button.class, s -> s.withText("Spara omgången")));
        assertThat(jdbc.queryForObject("select about_fi from prize_round", String.class)).isNull();
        assertThat(jdbc.queryForMap("select title_fi, description_fi from prize_criterion").values())
                .containsOnlyNulls();
        UI.getCurrent().navigate("admin/pris/omgang/" + id);
        assertThat(area(ABOUT_FI).getValue()).isEmpty();
    }

    @Test
    void a_finnish_page_shows_the_rounds_finnish_words_and_the_swedish_marked_where_it_has_none() {
        clock.setTo("2026-07-01T09:00:00");
        rounds.create(partlyInFinnish(2026));
        useLanguage(PortalI18n.FINNISH);
        UI.getCurrent().navigate("demokratipriset");

        assertThat(lang(paragraph("Vahvistaa demokratiaa Huddingessa."))).isNull();
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).doesNotContain("Stärker demokratin i Huddinge.");
        var criteria = _get(UnorderedList.class, s -> s.withId("prize-criteria")).getChildren()
                .map(ListItem.class::cast).toList();
        assertThat(criteria).hasSize(2);
        assertThat(texts(criteria.get(0))).containsExactly("Osallisuus", "Lisää osallisuutta.");
        assertThat(langs(criteria.get(0))).containsOnlyNulls();
        assertThat(texts(criteria.get(1))).containsExactly("Fler röster", "Ger fler en röst.");
        assertThat(langs(criteria.get(1))).containsOnly("sv");

        UI.getCurrent().navigate("demokratipriset/nominera");
        assertThat(_find(TextArea.class)).extracting(TextArea::getLabel).contains("Osallisuus", "Fler röster");

        // without a Finnish about text the page shows the Swedish, marked as Swedish, as before
        var round = rounds.current().orElseThrow();
        var form = round.form(clock.getZone());
        rounds.create(form.withTexts(form.aboutSv(), form.aboutEn(), ""));
        UI.getCurrent().navigate("demokratipriset");
        assertThat(lang(paragraph("Stärker demokratin i Huddinge."))).isEqualTo("sv");
        assertThat(texts(_get(UnorderedList.class, s -> s.withId("prize-criteria")).getChildren()
                .map(ListItem.class::cast).findFirst().orElseThrow())).containsExactly("Osallisuus", "Lisää osallisuutta.");
    }

    @Test
    void swedish_and_english_pages_show_their_own_words_unmarked() {
        clock.setTo("2026-07-01T09:00:00");
        rounds.create(partlyInFinnish(2026));
        UI.getCurrent().navigate("demokratipriset");
        assertThat(lang(paragraph("Stärker demokratin i Huddinge."))).isNull();

        useLanguage(PortalI18n.ENGLISH);
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("demokratipriset");
        assertThat(lang(paragraph("Strengthens democracy in Huddinge."))).isNull();
        var second = _get(UnorderedList.class, s -> s.withId("prize-criteria")).getChildren()
                .map(ListItem.class::cast).toList().get(1);
        assertThat(texts(second)).containsExactly("More voices", "Gives more people a voice.");
        assertThat(langs(second)).containsOnlyNulls();
    }

    private static TextArea area(String label) {
        return _get(TextArea.class, s -> s.withLabel(label));
    }

    private static TextField field(String label) {
        return _get(TextField.class, s -> s.withLabel(label));
    }

    private static Paragraph paragraph(String text) {
        return _get(Paragraph.class, s -> s.withText(text));
    }

    private static String lang(Component c) {
        return c.getElement().getAttribute("lang");
    }

    private static List<String> texts(ListItem item) {
        return item.getChildren().map(c -> c.getElement().getText()).toList();
    }

    private static List<String> langs(ListItem item) {
        return item.getChildren().map(RoundLanguagesTest::lang).toList();
    }
}
