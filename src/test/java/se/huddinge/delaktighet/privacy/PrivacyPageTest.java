package se.huddinge.delaktighet.privacy;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.huddinge.delaktighet.KaribuTest;
import se.huddinge.delaktighet.base.i18n.PortalI18n;

/** The privacy notice states the periods the retention job keeps to, read from the settings, in both languages. */
class PrivacyPageTest extends KaribuTest {

    @Test
    void the_privacy_notice_states_the_configured_periods_and_what_stays() {
        UI.getCurrent().navigate("personuppgifter");

        assertThat(texts()).anyMatch(t -> t.contains("30 dagar efter att länken slutade gälla")
                        && t.contains("gäller i 72 timmar för ett förslag, ett stöd eller en kommentar och i 72 timmar för en nominering"))
                .anyMatch(t -> t.contains("bort 12 månader efter att ärendet avslutades"))
                .anyMatch(t -> t.contains("12 månader efter prisutdelningen"))
                .anyMatch(t -> t.contains("sparas i 90 dagar"))
                .anyMatch(t -> t.contains("Mina inskick raderas en vecka"));
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anyMatch(t -> t.startsWith("Det här finns kvar som allmän handling: förslagets rubrik och text"));
    }

    @Test
    void the_english_notice_states_the_same_periods() {
        useLanguage(PortalI18n.ENGLISH);
        UI.getCurrent().navigate("personuppgifter");

        assertThat(texts()).anyMatch(t -> t.contains("30 days after the link stopped working"))
                .anyMatch(t -> t.contains("removed 12 months after the case closed"))
                .anyMatch(t -> t.contains("the nominators' names"))
                .anyMatch(t -> t.contains("kept for 90 days"));
    }

    private List<String> texts() {
        return _find(ListItem.class).stream().map(ListItem::getText).toList();
    }
}
