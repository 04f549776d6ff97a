package se.huddinge.delaktighet.reporting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.huddinge.delaktighet.KaribuTest;
import se.huddinge.delaktighet.base.i18n.PortalI18n;

/** The open data's field documentation, for residents, in each of the portal's languages (issue 22, DD38). */
class OpenDataViewTest extends KaribuTest {

    @Test
    void every_field_of_the_open_data_is_explained_in_finnish() {
        useLanguage(PortalI18n.FINNISH);
        UI.getCurrent().navigate("om-oppna-data");

        assertThat(_get(H1.class).getText()).isEqualTo("Avoin data");
        assertThat(fields()).hasSize(OpenDataView.fields().size())
                .contains("supports: tukien määrä", "reference: aloitteen numero, esimerkiksi HF-2026-0001")
                .noneMatch(f -> f.contains("!opendata"));
    }

    @Test
    void every_field_is_explained_in_swedish_and_english_too() {
        for (Locale locale : List.of(PortalI18n.SWEDISH, PortalI18n.ENGLISH)) {
            useLanguage(locale);
            UI.getCurrent().navigate("");
            UI.getCurrent().navigate("om-oppna-data");
            assertThat(fields()).as("%s", locale).hasSize(OpenDataView.fields().size())
                    .noneMatch(f -> f.contains("!opendata"));
        }
        assertThat(fields()).contains("supports: the number of supports");
    }

    private static List<String> fields() {
        return _find(_get(UnorderedList.class, s -> s.withId("open-data-fields")), ListItem.class).stream()
                .map(li -> li.getElement().getTextRecursively()).toList();
    }
}
