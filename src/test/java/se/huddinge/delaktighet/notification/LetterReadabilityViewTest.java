package se.huddinge.delaktighet.notification;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.huddinge.delaktighet.KaribuTest;
import se.huddinge.delaktighet.base.i18n.PortalI18n;

/** Beside the preview, the editor shows how easy the letter is to read, follows each edit, and never stops a save. */
class LetterReadabilityViewTest extends KaribuTest {

    private static final String LONG_WINDED = """
            Subject: Underrättelse om handläggningsbeslut avseende medborgarförslaget [(${reference})]
            Hej!

            Med anledning av att kommunfullmäktiges beredningsorgan i enlighet med gällande delegationsordning har \
            genomfört en sammanvägd bedömning av förutsättningarna för förslagets genomförande meddelas härmed att \
            ärendet har överlämnats till ansvarig nämnd för vidare handläggning och slutligt ställningstagande.

            Ytterligare upplysningar lämnas av kontaktcenter.

            [# th:insert="~{_help_sv}" /]
            """;

    @SuppressWarnings("unchecked")
    private void open(String template) {
        login("ada", "ADMIN");
        UI.getCurrent().navigate("admin/brevmallar");
        _setValue((Select<String>) _get(Select.class, spec -> spec.withLabel("Brev")), template);
    }

    private static String figure() {
        return _get(Paragraph.class, spec -> spec.withId("lix")).getText();
    }

    private static List<String> items(Class<? extends com.vaadin.flow.component.Component> list, String id) {
        var in = _get(list, spec -> spec.withId(id));
        return _find(in, ListItem.class).stream().map(ListItem::getText).toList();
    }

    @Test
    void a_default_decision_letter_reads_easily_and_its_long_words_are_marked_in_the_preview() {
        open("proposal-decided");

        assertThat(figure()).matches("LIX (\\d+) – .*");
        int lix = Integer.parseInt(figure().replaceAll("LIX (\\d+) – .*", "$1"));
        assertThat(lix).isBetween(15, 35);
        _assertNone(Paragraph.class, spec -> spec.withId("lix-hint"));
        _assertNone(Paragraph.class, spec -> spec.withId("flesch"));
        assertThat(items(OrderedList.class, "longest-sentences")).hasSize(3);
        // the example decision stands in for a proposal that has none yet
        assertThat(marks(_get(Div.class, spec -> spec.withId("preview")).getElement()))
                .contains("förslaget", "protokollet").doesNotContain("Hej", "https");
    }

    @Test
    @SuppressWarnings("unchecked")
    void every_letter_in_the_editor_gets_a_figure_and_its_links_in_the_preview() {
        open("proposal-receipt");
        var letters = (Select<String>) _get(Select.class, spec -> spec.withLabel("Brev"));
        for (String name : letters.getListDataView().getItems().toList()) {
            _setValue(letters, name);
            assertThat(figure()).as(name).startsWith("LIX ");
            String preview = _get(Div.class, spec -> spec.withId("preview")).getElement().getTextRecursively();
            assertThat(preview).as("%s: every value filled in, no empty line where a link belongs", name)
                    .doesNotContain("null", "\n\n\n").doesNotContain(": \n");
        }
    }

    @Test
    void a_long_winded_letter_gets_a_high_figure_a_plain_hint_its_longest_sentence_and_words_and_still_saves() {
        open("proposal-referred");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Brevets text")), LONG_WINDED);

        int lix = Integer.parseInt(figure().replaceAll("LIX (\\d+) – .*", "$1"));
        assertThat(lix).isGreaterThan(40);
        assertThat(figure()).endsWith("mycket svårt att läsa");
        assertThat(_get(Paragraph.class, spec -> spec.withId("lix-hint")).getText())
                .isEqualTo("LIX är över 40. Korta meningarna och byt långa ord mot vanliga.");
        assertThat(items(OrderedList.class, "longest-sentences").getFirst())
                .startsWith("Med anledning av att kommunfullmäktiges beredningsorgan").endsWith("(36 ord)");
        assertThat(items(UnorderedList.class, "longest-words").getFirst())
                .isEqualTo("handläggningsbeslut (19 bokstäver)");

        _click(_get(Button.class, spec -> spec.withText("Spara")));
        assertThat(jdbc.queryForObject("select body from letter_template_override where name = 'proposal-referred'",
                String.class)).contains("kommunfullmäktiges beredningsorgan");
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_english_letter_also_gets_the_flesch_reading_ease_and_an_unfinished_template_no_figure() {
        open("proposal-published");
        _setValue((RadioButtonGroup<Locale>) _get(RadioButtonGroup.class, spec -> spec.withLabel("Språk")),
                PortalI18n.ENGLISH);
        assertThat(_get(Paragraph.class, spec -> spec.withId("flesch")).getText())
                .matches("Flesch Reading Ease \\(för engelska\\): \\d+\\. .*");

        var text = _get(TextArea.class, spec -> spec.withLabel("Brevets text"));
        _setValue(text, "Subject: Hello [(${reference)]");
        assertThat(figure()).isEqualTo("Läsbarheten visas när mallen går att förhandsgranska.");
        _assertNone(Paragraph.class, spec -> spec.withId("flesch"));
        assertThat(text.isInvalid()).as("typing is not an error; the check comes with Förhandsgranska and Spara").isFalse();

        _setValue(text, "Subject: Hello [(${reference})]\nHello!\n\nWe have [(${tit");
        assertThat(figure()).isEqualTo("Läsbarheten visas när mallen går att förhandsgranska.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_finnish_letter_gets_sentence_length_and_long_words_instead_of_lix_and_its_edit_is_kept_in_finnish() {
        open("proposal-receipt");
        _setValue((RadioButtonGroup<Locale>) _get(RadioButtonGroup.class, spec -> spec.withLabel("Språk")),
                PortalI18n.FINNISH);

        assertThat(figure()).matches("Finska: [\\d,]+ ord per mening och \\d+ % långa ord \\(fler än 9 bokstäver\\)");
        _assertNone(Paragraph.class, spec -> spec.withId("lix-hint"));
        _assertNone(Paragraph.class, spec -> spec.withId("flesch"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("readability-finnish")).getText())
                .startsWith("LIX visas inte för finska brev.").contains("högst 12 ord per mening", "högst 30 % långa ord");
        // long in Finnish is more than nine letters: "seurata" (7) would be long in Swedish, not here
        assertThat(marks(_get(Div.class, spec -> spec.withId("preview")).getElement()))
                .contains("vastaanottaneet", "aloitteesi").doesNotContain("seurata", "Hei");

        _setValue(_get(TextArea.class, spec -> spec.withLabel("Brevets text")), """
                Subject: Ilmoitus aloitteen [(${reference})] käsittelyvaiheen muuttumisesta
                Hei!

                Kunnanvaltuuston valmisteluelimen voimassa olevan delegointijärjestyksen mukaisesti suorittaman \
                kokonaisharkinnan perusteella ilmoitetaan, että asia on siirretty vastuulliselle lautakunnalle \
                jatkokäsittelyä ja lopullista kannanottoa varten.

                [# th:insert="~{_help_fi}" /]
                """);
        assertThat(_get(Paragraph.class, spec -> spec.withId("lix-hint")).getText())
                .isEqualTo("Meningarna är för långa eller orden för långa. Korta meningarna och byt långa ord mot vanliga.");
        assertThat(items(UnorderedList.class, "longest-words").getFirst())
                .isEqualTo("delegointijärjestyksen (22 bokstäver)");

        _click(_get(Button.class, spec -> spec.withText("Spara")));
        assertThat(jdbc.queryForObject("select language from letter_template_override where name = 'proposal-receipt'",
                String.class)).isEqualTo("fi");
        _setValue((RadioButtonGroup<Locale>) _get(RadioButtonGroup.class, spec -> spec.withLabel("Språk")),
                PortalI18n.SWEDISH);
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Brevets text")).getValue())
                .as("the Swedish letter is untouched").startsWith("Subject: Vi har tagit emot ditt förslag");
    }

    private static List<String> marks(Element element) {
        var found = new ArrayList<String>();
        element.getChildren().forEach(child -> {
            if (!child.isTextNode() && "mark".equals(child.getTag())) {
                found.add(child.getText());
            }
            found.addAll(marks(child));
        });
        return found;
    }
}
