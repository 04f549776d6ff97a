package se.huddinge.delaktighet.proposal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.huddinge.delaktighet.KaribuTest;
import se.huddinge.delaktighet.base.PortalSettings;
import se.huddinge.delaktighet.base.i18n.PortalI18n;
import se.huddinge.delaktighet.base.i18n.Texts;
import se.huddinge.delaktighet.base.ui.MainLayout;
import se.huddinge.delaktighet.notification.FinnishReadability;
import se.huddinge.delaktighet.notification.Readability;
import se.huddinge.delaktighet.proposal.ProposalRules;

/**
 * "Så fungerar Huddingeförslag" (issue 22): open to everyone, linked from the start page and the footer, true to the
 * settings, easy Swedish by the portal's own LIX, plain Finnish by its Finnish measure, and named in the
 * accessibility statement with the languages and the help at the service centre.
 */
class HowItWorksViewTest extends KaribuTest {

    @Autowired
    ProposalRules rules;
    @Autowired
    PortalSettings settings;
    @Autowired
    PortalI18n i18n;

    @Test
    void a_visitor_reads_the_rules_with_the_numbers_the_portal_keeps_to() {
        UI.getCurrent().navigate("sa-fungerar-det");

        assertThat(_get(H1.class).getText()).isEqualTo("Så fungerar Huddingeförslag");
        String page = text(_get(Html.class, spec -> spec.withClasses("easy-read")));
        assertThat(page).contains(
                "Rubriken får ha högst " + rules.titleMax() + " tecken.",
                "Öppna länken inom " + rules.linkValidity().toHours() + " timmar.",
                "Vi läser din idé inom " + rules.moderationWorkingDays() + " arbetsdagar.",
                "Andra kan stödja idén i " + rules.supportPeriod().getDays() + " dagar.",
                "Får idén " + rules.supportThreshold() + " stöd?",
                "inom " + rules.referralWorkingDays() + " arbetsdagar",
                "inom " + rules.decisionPeriod().toTotalMonths() + " månader",
                "Ring kommunen på " + settings.contact().phone() + ".",
                "Huddinge servicecenter", "en handläggare skriva in din idé åt dig",
                "Hen kan också skriva in ditt stöd eller din nominering till Demokratipriset.");
        assertThat(Jsoup.parse(_get(Html.class, spec -> spec.withClasses("easy-read")).getInnerHtml()).select("a")
                .eachAttr("href")).containsExactly("forslag/nytt", "mina-inskick");
    }

    @Test
    void the_numbers_follow_the_settings_not_the_text() {
        var other = new ProposalRules(80, 1500, 200, 1000, 60, 4000, 500, 3, 5_242_880L, java.time.Period.ofDays(60),
                250, java.time.Duration.ofHours(48), java.time.Duration.ofHours(24), 3, java.time.Duration.ofHours(1),
                10, 7, 15, java.time.Period.ofMonths(6), java.time.Period.ofMonths(12), rules.districts(),
                rules.categories(), rules.committees(), rules.grounds());
        String page = plain(PortalI18n.SWEDISH, other);

        assertThat(page).contains("högst 80 tecken", "inom 48 timmar", "inom 7 arbetsdagar",
                "i 60 dagar", "Får idén 250 stöd?", "inom 15 arbetsdagar", "inom 6 månader")
                .containsPattern("högst 1.500 tecken"); // a Swedish thousands separator
    }

    @Test
    void the_swedish_is_easy_to_read_by_the_portals_own_lix_and_the_finnish_plain_by_its_finnish_measure() {
        var swedish = Readability.of(plain(PortalI18n.SWEDISH, rules));
        assertThat(swedish.roundedLix()).as("LIX of the easy Swedish page: well under 30").isLessThanOrEqualTo(25);
        assertThat(swedish.wordsPerSentence()).isLessThan(9);

        var finnish = FinnishReadability.of(plain(PortalI18n.FINNISH, rules));
        System.out.printf("easy-read page: Swedish LIX %d (%.1f words/sentence, %d %% long); Finnish %.1f words/sentence,"
                        + " %d %% long (over nine letters)%n", swedish.roundedLix(), swedish.wordsPerSentence(),
                swedish.longWordPercent(), finnish.roundedWordsPerSentence(), finnish.longWordPercent());
        assertThat(finnish.roundedWordsPerSentence()).isLessThanOrEqualTo(8);
        assertThat(finnish.needsHint()).isFalse();
    }

    @Test
    void the_page_is_in_finnish_and_english_too() {
        useLanguage(PortalI18n.FINNISH);
        UI.getCurrent().navigate("sa-fungerar-det");
        assertThat(_get(H1.class).getText()).isEqualTo("Näin Huddinge-aloite toimii");
        assertThat(text(_get(Html.class, spec -> spec.withClasses("easy-read"))))
                .contains("Saako idea " + rules.supportThreshold() + " kannatusta?", "Siellä saat apua myös suomeksi.",
                        "Virkailija voi myös kirjata kannatuksesi tai ehdotuksesi Demokratiapalkinnon saajaksi.")
                .doesNotContain("förslag", "stöd");

        useLanguage(PortalI18n.ENGLISH);
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("sa-fungerar-det");
        assertThat(_get(H1.class).getText()).isEqualTo("How Huddinge proposals work");
    }

    @Test
    void the_start_page_and_the_footer_link_to_it() {
        UI.getCurrent().navigate("");
        // the start page's link and the footer's are pieces of HTML, as the browser gets them
        var page = Jsoup.parse(_get(MainLayout.class).getElement().getOuterHTML());
        assertThat(page.select("main a[href=sa-fungerar-det]").eachText())
                .containsExactly("Så fungerar Huddingeförslag (på lätt svenska)");
        assertThat(page.select("footer a[href=sa-fungerar-det]").eachText())
                .containsExactly("Så fungerar Huddingeförslag");
    }

    @Test
    void the_accessibility_statement_names_the_languages_the_easy_page_and_the_help_without_the_website() {
        UI.getCurrent().navigate("tillganglighet");

        var paragraphs = _find(Paragraph.class).stream().map(Paragraph::getText).collect(Collectors.joining("\n"));
        assertThat(paragraphs).contains("på svenska, engelska och finska", "Huddinge servicecenter",
                "personal som talar finska", "En handläggare kan då registrera ditt förslag, ditt stöd eller din "
                        + "nominering till Demokratipriset åt dig, och du får våra brev med post.",
                settings.contact().phone());
        assertThat(_find(Anchor.class).stream().map(Anchor::getHref)).contains("sa-fungerar-det");
    }

    /** The page's words as read: each paragraph and list item a paragraph of its own. */
    private String plain(Locale locale, ProposalRules with) {
        var doc = Jsoup.parse(HowItWorksView.content(Texts.of(i18n, locale), with, settings).markup());
        return doc.select("p, li, h2").eachText().stream().collect(Collectors.joining("\n\n"));
    }

    private static String text(Html html) {
        return Jsoup.parse(html.getInnerHtml()).text();
    }
}
