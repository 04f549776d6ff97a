package se.huddinge.delaktighet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import se.huddinge.delaktighet.base.PortalSettings;
import se.huddinge.delaktighet.base.i18n.Texts;
import se.huddinge.delaktighet.nomination.PrizeFixtures;
import se.huddinge.delaktighet.proposal.Decision;
import se.huddinge.delaktighet.proposal.ProposalCaseService;
import se.huddinge.delaktighet.proposal.ProposalFixtures;
import se.huddinge.delaktighet.proposal.ProposalRules;
import se.huddinge.delaktighet.proposal.ProposalService;
import se.huddinge.delaktighet.proposal.Proposals;

/**
 * Each public page's first HTML, as a search engine, a chat's link preview or a browser without JavaScript reads it
 * over HTTP: its own title, description, canonical address, Open Graph and Twitter card tags and its content;
 * what a resident typed arrives as typed, escaped; {@code robots.txt} and {@code sitemap.xml} say what they claim.
 */
@RecordApplicationEvents
class FirstHtmlAnswersTest extends RunningPortalTest {

    private static final String HOSTILE = "<script>alert(\"x\")</script> & 'Bänkar' ${7*7} #{x} </title>";

    @Autowired
    ProposalService service;
    @Autowired
    ProposalCaseService cases;
    @Autowired
    ApplicationEvents events;
    @Autowired
    PortalSettings settings;
    @Autowired
    se.huddinge.delaktighet.nomination.PrizeRounds rounds;
    @Autowired
    ProposalRules rules;
    @Autowired
    com.vaadin.flow.i18n.I18NProvider i18n;

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ''                        | Var med och påverka Huddinge
            forslag                   | Huddingeförslag
            forslag/nytt              | Lämna ett förslag
            demokratipriset           | Demokratipriset
            demokratipriset/vinnare   | Vinnare av Demokratipriset
            demokratipriset/nominera  | Nominera till Demokratipriset
            mina-inskick              | Mina inskick
            tillganglighet            | Tillgänglighetsredogörelse
            personuppgifter           | Så hanterar vi dina personuppgifter
            om-oppna-data             | Öppna data
            sa-fungerar-det           | Så fungerar Huddingeförslag
            """)
    void a_public_page_says_what_it_is_before_any_javascript(String path, String heading) {
        var page = page(visitor(), path);

        assertThat(page.title()).isEqualTo(heading + " - Delaktighetsportalen");
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("sv");
        String description = meta(page, "name", "description");
        assertThat(description).hasSizeGreaterThan(40);
        assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(settings.link(path));
        assertThat(meta(page, "property", "og:url")).isEqualTo(settings.link(path));
        assertThat(meta(page, "property", "og:title")).isEqualTo(heading);
        assertThat(meta(page, "property", "og:description")).isEqualTo(description);
        assertThat(meta(page, "property", "og:type")).isEqualTo("website");
        assertPreviewImage(page);
        assertThat(meta(page, "name", "twitter:card")).isEqualTo("summary_large_image");
        assertThat(meta(page, "name", "twitter:title")).isEqualTo(heading);
        // the page itself, painted before the app starts: one main landmark with the page's heading
        assertThat(page.select("main")).hasSize(1);
        assertThat(page.select("main h1").text()).isEqualTo(heading);
        assertThat(page.select("header nav a").eachText()).containsExactly("Förslag", "Demokratipriset",
                "Mina inskick");
    }

    @Test
    void a_proposals_link_preview_has_its_title_status_supports_and_text_and_the_page_shows_them() {
        var p = new Proposals(service, cases, events).published("Fler bänkar i Flemingsberg");

        var page = page(visitor(), "forslag/" + p.reference());

        assertThat(page.title()).isEqualTo("Fler bänkar i Flemingsberg - Delaktighetsportalen");
        assertThat(meta(page, "property", "og:type")).isEqualTo("article");
        assertThat(meta(page, "property", "og:title")).isEqualTo("Fler bänkar i Flemingsberg");
        assertThat(meta(page, "name", "description"))
                .startsWith("Öppet för stöd · " + p.reference() + " · 0 av 100 stöd. Fler bänkar längs gångvägen vid sjön, så att äldre kan vila.");
        assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(settings.link("forslag/" + p.reference()));
        assertPreviewImage(page);
        var main = page.selectFirst("main");
        assertThat(main.select("h1").text()).isEqualTo("Fler bänkar i Flemingsberg");
        assertThat(main.select(".status-line").text()).isEqualTo("Öppet för stöd · " + p.reference());
        assertThat(main.select(".support-count").text()).isEqualTo("0 av 100 stöd");
        assertThat(main.select(".proposal-text p").text()).isEqualTo("Fler bänkar längs gångvägen vid sjön, så att äldre kan vila.");
    }

    @Test
    void below_the_text_the_first_html_paints_up_to_the_first_form_and_a_decided_case_where_it_stands() {
        var given = new ProposalFixtures(service, cases, rules, events, jdbc);
        var open = given.published("Öppet förslag om bänkar");
        var main = page(visitor(), "forslag/" + given.reference(open)).selectFirst("main");
        assertThat(main.select(".share h2").text()).isEqualTo("Dela förslaget");
        assertThat(main.select(".share .button-placeholder").attr("aria-hidden")).isEqualTo("true");
        assertThat(main.select("a.share-email").attr("href")).isEqualTo(
                "mailto:?subject=%C3%96ppet%20f%C3%B6rslag%20om%20b%C3%A4nkar&body=%C3%96ppet%20f%C3%B6rslag%20om"
                        + "%20b%C3%A4nkar%0A%0A" + java.net.URLEncoder.encode(settings.link("forslag/"
                        + given.reference(open)), java.nio.charset.StandardCharsets.UTF_8));
        assertThat(main.select(".support-form h2").eachText()).containsExactly("Stöd förslaget");
        assertThat(main.select(".support-form p").text()).startsWith("Skriv din e-postadress. Vi skickar en länk");
        // a tap there before the app runs lands in the app's field or button (DD45)
        assertThat(main.select(".support-form").attr("data-app-focus")).isEqualTo("support-email");
        assertThat(main.select(".share .button-placeholder").attr("data-app-focus")).isEqualTo("share-copy");
        assertThat(main.text()).as("nothing below the support form's introduction").doesNotContain("Följ förslaget");

        long approved = given.referred("Bifall om bänkar");
        given.decide(approved, Decision.BIFALL, java.time.LocalDate.now(clock));
        main = page(visitor(), "forslag/" + given.reference(approved)).selectFirst("main");
        assertThat(main.select(".support-form h2").eachText()).as("the work is still to come: follow it")
                .containsExactly("Följ förslaget");
        assertThat(main.select(".support-form p").text()).startsWith("Vill du veta vad som händer med förslaget");
        assertThat(main.select(".support-form").attr("data-app-focus")).isEqualTo("follow-email");
        assertThat(main.text()).as("the decision is below the follow form: the app draws it")
                .doesNotContain("Nämnden ställer sig bakom förslaget.");

        long rejected = given.referred("Avslag om bänkar");
        given.decide(rejected, Decision.AVSLAG, java.time.LocalDate.now(clock));
        main = page(visitor(), "forslag/" + given.reference(rejected)).selectFirst("main");
        assertThat(main.select(".support-form")).as("nothing left to follow").isEmpty();
        assertThat(main.select(".share ~ div > *").eachText()).containsExactly(
                "Förslaget har lämnats till Natur- och byggnadsnämnden (ansvarar för parker, gator och bygglov) "
                        + "(diarienummer NATUR-2026/17).",
                "Avslag – förslaget godkändes inte", "Nämnden ställer sig bakom förslaget.",
                "Beslutet fattades på sammanträdet måndag 2 mars 2026. Protokoll: NATUR 2026-05-12 § 45.");
    }

    /**
     * The list's first HTML is its first screen as the app draws it (DD48): the link to the form, the six filters'
     * places with their labels and what they show at first, each leading a tap to the app's field, the count, the
     * first page of cards (newest first) with their links and facts, and the place of "Visa fler förslag".
     */
    @Test
    void the_lists_first_html_has_the_filters_places_the_count_and_the_first_page_of_cards() {
        var given = new Proposals(service, cases, events);
        int total = 21;
        var published = new java.util.ArrayList<se.huddinge.delaktighet.proposal.PublicProposal>();
        for (int i = 1; i <= total; i++) {
            published.add(given.published(Proposals.form("Förslag nummer " + i, "forfattare" + i + "@example.se")));
        }
        given.inModeration(Proposals.form("Ett förslag som granskas", "granskas@example.se"));

        var answer = visitor().get("forslag");
        assertThat(answer.headers().firstValue("Cache-Control")).as("no browser or proxy keeps the list")
                .hasValueSatisfying(c -> assertThat(c).contains("no-store"));
        var main = Jsoup.parse(answer.body()).selectFirst(".first-paint main");

        assertThat(main.select("section > p > a.button-link[href=forslag/nytt]").text())
                .isEqualTo("Lämna ett eget förslag");
        var fields = main.select(".filters > .field-placeholder");
        assertThat(fields.eachAttr("aria-hidden")).containsExactly("true", "true", "true", "true", "true", "true");
        assertThat(fields.eachAttr("data-app-focus")).containsExactly("filter-search", "filter-district",
                "filter-category", "filter-status", "filter-open", "filter-sort");
        assertThat(fields.select(".field-placeholder-label").eachText()).containsExactly("Sök bland förslagen",
                "Kommundel", "Ämne", "Status", "Öppna eller avslutade", "Sortera");
        assertThat(fields.stream().map(f -> f.select(".field-placeholder-value").text()))
                .containsExactly("", "Alla", "Alla", "Alla", "Alla", "Nyaste först");
        assertThat(main.select(".filters + p").text()).isEqualTo("Antal förslag: " + total);

        var cards = main.select("ul.proposal-cards > li.proposal-card");
        assertThat(main.select("ul.proposal-cards").attr("aria-label")).isEqualTo("Förslag, sida 1");
        assertThat(cards).hasSize(20);
        assertThat(cards.select("h2 a").eachText()).startsWith("Förslag nummer 21", "Förslag nummer 20")
                .endsWith("Förslag nummer 2").doesNotContain("Förslag nummer 1", "Ett förslag som granskas");
        var newest = published.getLast();
        assertThat(cards.first().select("h2 a").attr("href")).isEqualTo("forslag/" + newest.reference());
        assertThat(cards.first().select(".proposal-card-facts").text())
                .isEqualTo(newest.reference() + " · Flemingsberg · Öppet för stöd · 0 stöd · 90 dagar kvar");
        assertThat(main.select(".button-placeholder").text()).isEqualTo("Visa fler förslag");
        assertThat(main.select(".button-placeholder").attr("data-app-focus")).isEqualTo("more-proposals");
        assertThat(main.select("section [id]")).as("the copy has no ids: they are the app's").isEmpty();
    }

    /** Supports and new proposals show in the next answer: the list's copy is written for each request. */
    @Test
    void the_lists_first_html_is_fresh_and_in_the_visitors_language() {
        var given = new Proposals(service, cases, events);
        var first = given.published(Proposals.form("Fler bänkar i Flemingsberg", "a@example.se"));
        var before = page(visitor(), "forslag").selectFirst(".first-paint main");
        assertThat(before.select(".proposal-card-facts").text()).contains("· 0 stöd ·");
        assertThat(before.select(".button-placeholder")).as("one page: nothing more to show").isEmpty();

        given.support(first, "stod@example.se");
        var second = given.published(Proposals.form("Belysning i Sjödalsparken", "b@example.se"));
        var after = page(visitor(), "forslag").selectFirst(".first-paint main");
        assertThat(after.select("li h2 a").eachText()).containsExactly("Belysning i Sjödalsparken",
                "Fler bänkar i Flemingsberg");
        assertThat(after.select(".proposal-card-facts").eachText()).containsExactly(
                second.reference() + " · Flemingsberg · Öppet för stöd · 0 stöd · 90 dagar kvar",
                first.reference() + " · Flemingsberg · Öppet för stöd · 1 stöd · 90 dagar kvar");
        assertThat(after.select(".filters + p").text()).isEqualTo("Antal förslag: 2");

        var english = page(visitor().withCookie("portal-lang", "en"), "forslag").selectFirst(".first-paint main");
        assertThat(english.select(".field-placeholder-label").first().text()).isEqualTo(
                Texts.of(i18n, java.util.Locale.ENGLISH).get("proposals.search"));
        assertThat(english.select(".filters + p").text()).isEqualTo(
                Texts.of(i18n, java.util.Locale.ENGLISH).get("proposals.count", 2));
        var finnish = page(visitor().speaking("fi"), "forslag").selectFirst(".first-paint main");
        assertThat(finnish.select(".field-placeholder-value").last().text()).isEqualTo(
                Texts.of(i18n, java.util.Locale.of("fi")).get("proposals.sort.NEWEST"));
        assertThat(finnish.select(".proposal-card-facts").last().text()).contains(
                Texts.of(i18n, java.util.Locale.of("fi")).get("proposal.status.PUBLISHED"));
    }

    @Test
    void a_hostile_title_reaches_every_tag_and_the_page_exactly_as_typed_never_as_markup() {
        var p = new Proposals(service, cases, events).published(HOSTILE);

        var answer = visitor().get("forslag/" + p.reference());
        var page = Jsoup.parse(answer.body());

        assertThat(answer.body()).doesNotContain("<script>alert").doesNotContain("</script> &");
        assertThat(page.title()).isEqualTo(HOSTILE + " - Delaktighetsportalen");
        for (String[] tag : List.of(new String[]{"property", "og:title"}, new String[]{"name", "twitter:title"})) {
            assertThat(meta(page, tag[0], tag[1])).as(tag[1]).isEqualTo(HOSTILE);
        }
        assertThat(page.selectFirst("main h1").text()).isEqualTo(HOSTILE);
        assertThat(page.select("script").stream().map(s -> s.data()).filter(s -> s.contains("alert"))).isEmpty();
        assertThat(page.select("main *").stream().filter(e -> e.tagName().equals("script"))).isEmpty();

        var list = visitor().get("forslag");
        assertThat(list.body()).doesNotContain("<script>alert").doesNotContain("</script> &");
        var card = Jsoup.parse(list.body()).selectFirst(".first-paint main li.proposal-card h2 a");
        assertThat(card.text()).as("the list's card").isEqualTo(HOSTILE);
        assertThat(card.children()).isEmpty();
    }

    /**
     * A form page's first HTML is the form (DD49): each text field, text area and check box a labelled input that
     * names the app's field that takes over what is typed in it; the choices, the upload and the button drawn only,
     * hidden from assistive technology until the app's own arrive.
     */
    @Test
    void a_form_pages_first_html_is_its_form_with_labelled_inputs_naming_the_apps_fields() {
        clock.setTo("2026-07-01T09:00:00");
        rounds.create(PrizeFixtures.round(2026));
        var submit = page(visitor(), "forslag/nytt").selectFirst(".first-paint main");
        assertThat(labelled(submit)).containsExactly("submit-title=Rubrik", "submit-text=Beskriv ditt förslag",
                "submit-name=Ditt namn", "submit-email=Din e-postadress",
                "submit-lives=Jag bor, arbetar eller studerar i Huddinge",
                "submit-consent=Jag godkänner att kommunen behandlar mina uppgifter för att handlägga förslaget");
        assertThat(submit.select("input[aria-required=true], textarea[aria-required=true]")).hasSize(4);
        assertThat(submit.selectFirst("#copy-submit-text").attr("aria-describedby")).isEqualTo("copy-submit-text-help");
        assertThat(submit.selectFirst("#copy-submit-text-help").text()).isEqualTo("0 av 2000 tecken");
        assertThat(submit.select("[aria-hidden=true]").eachAttr("data-app-focus"))
                .containsExactly("submit-district", "submit-category", "submit-upload", "submit-send");
        assertThat(submit.select(".field-placeholder-select .field-placeholder-label").eachText()).containsExactly("Kommundel", "Ämne");
        // only the app sends: a browser without JavaScript says so before the visitor types in vain
        String needsScript = "Du behöver ha JavaScript påslaget i webbläsaren för att skicka det här.";
        assertThat(submit.select("noscript p").eachText()).containsExactly(needsScript);
        assertThat(page(visitor(), "forslag/bekrafta/en-lank").select(".first-paint main noscript p").eachText())
                .containsExactly(needsScript);
        assertThat(page(visitor(), "forslag/bekrafta/en-lank").select(".first-paint main [data-app-focus]")
                .eachAttr("data-app-focus")).containsExactly("link-action");

        var nominate = page(visitor(), "demokratipriset/nominera").selectFirst(".first-paint main");
        assertThat(labelled(nominate)).contains("nominate-nominee-name=Namn på den du nominerar", "nominate-email=Din e-postadress")
                .anyMatch(l -> l.matches("nominate-motivation-\\d+=Delaktighet"))
                .anyMatch(l -> l.matches("nominate-motivation-\\d+=Fler röster"));
        assertThat(nominate.select(".field-copy-option").eachText()).containsExactly("person", "grupp", "förening",
                "organisation");

        var mine = page(visitor(), "mina-inskick").selectFirst(".first-paint main");
        assertThat(labelled(mine)).containsExactly("mine-email=Din e-postadress");
        assertThat(mine.selectFirst("#copy-mine-email").attr("type")).isEqualTo("email");
        assertThat(mine.select("noscript p").eachText()).containsExactly(needsScript);

        clock.setTo("2026-09-01T09:00:00");
        assertThat(page(visitor(), "demokratipriset/nominera").select(".first-paint main .form-copy"))
                .as("no form after the deadline").isEmpty();
    }

    /** A round's criteria, typed by an administrator, are labels in the nomination form's first HTML, as typed. */
    @Test
    void a_hostile_criterion_is_a_label_in_the_nomination_forms_first_html_exactly_as_typed() {
        clock.setTo("2026-07-01T09:00:00");
        var form = PrizeFixtures.round(2026);
        rounds.create(form.withCriteria(List.of(new se.huddinge.delaktighet.nomination.RoundForm.Criterion(null,
                HOSTILE, "Participation", HOSTILE, "Increases participation."))));
        var answer = visitor().get("demokratipriset/nominera");
        assertThat(answer.body()).doesNotContain("<script>alert").doesNotContain("</title> &");
        var main = Jsoup.parse(answer.body()).selectFirst(".first-paint main");
        var area = main.selectFirst("textarea[id^=copy-nominate-motivation-]");
        assertThat(main.selectFirst("label[for=" + area.id() + "]").text()).isEqualTo(HOSTILE);
        assertThat(main.selectFirst("#" + area.id() + "-help").text()).startsWith(HOSTILE + " ");
        assertThat(main.select("script, title")).isEmpty();
    }

    /** "app field id=label" of each input of a form's copy, in page order. */
    private static List<String> labelled(org.jsoup.nodes.Element main) {
        return main.select("input[data-app-value], textarea[data-app-value]").stream().map(input -> {
            assertThat(input.id()).isEqualTo("copy-" + input.attr("data-app-value"));
            return input.attr("data-app-value") + "=" + main.select("label[for=" + input.id() + "]").text();
        }).toList();
    }

    /** A first visit from a browser that asks for Finnish: the page, its tags and its switch in Finnish (DD38). */
    @Test
    void a_browser_that_asks_for_finnish_gets_the_first_html_in_finnish() {
        var page = page(visitor().speaking("fi-FI,fi;q=0.9,en;q=0.8"), "forslag");

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fi");
        assertThat(page.title()).isEqualTo("Huddinge-aloitteet - Osallisuusportaali");
        assertThat(meta(page, "property", "og:locale")).isEqualTo("fi_FI");
        assertThat(page.select("main h1").text()).isEqualTo("Huddinge-aloitteet");
        assertThat(page.select("header nav a").eachText()).containsExactly("Aloitteet", "Demokratiapalkinto",
                "Omat lähetykseni");
        var languages = page.select("header .language-choice a");
        assertThat(languages.eachText()).containsExactly("Svenska", "English");
        assertThat(languages.eachAttr("lang")).containsExactly("sv", "en");
        assertThat(languages.eachAttr("href")).as("plain links that work before the app starts")
                .containsExactly("sprak/sv", "sprak/en");

        var chosen = page(visitor().speaking("fi").withCookie("portal-lang", "sv"), "forslag");
        assertThat(chosen.selectFirst("html").attr("lang")).as("the choice wins over the browser").isEqualTo("sv");
    }

    @Test
    void a_visitor_who_chose_english_gets_the_page_and_its_tags_in_english() {
        var page = page(visitor().withCookie("portal-lang", "en"), "forslag");

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.title()).isEqualTo("Huddinge proposals - Participation Portal");
        assertThat(meta(page, "property", "og:locale")).isEqualTo("en_GB");
        assertThat(page.select("main h1").text()).isEqualTo("Huddinge proposals");
    }

    @Test
    void a_one_time_link_page_names_no_address_and_a_staff_page_shows_nothing_before_the_app() {
        var link = page(visitor(), "stod/bekrafta/en-token-som-inte-finns");
        assertThat(link.title()).isEqualTo("Bekräfta ditt stöd - Delaktighetsportalen");
        assertThat(link.select("link[rel=canonical]")).isEmpty();
        assertThat(link.select("meta[property=og:url]")).isEmpty();
        assertThat(link.html()).doesNotContain("en-token-som-inte-finns");

        var staff = page(visitor(), "granskning");
        assertThat(staff.title()).isEqualTo("Delaktighetsportalen");
        assertThat(staff.select("meta[property^=og:], main, .first-paint")).isEmpty();
    }

    @Test
    void the_prize_pages_first_html_shows_this_years_round_as_the_app_does_in_each_phase() {
        clock.setTo("2026-07-01T09:00:00");
        rounds.create(PrizeFixtures.round(2026));

        var prize = page(visitor(), "demokratipriset");
        assertThat(prize.select(".first-paint main p").eachText()).contains("Stärker demokratin i Huddinge.")
                .anyMatch(t -> t.startsWith("Nomineringen är öppen till "))
                .anyMatch(t -> t.startsWith("Prissumman är 25"));
        assertThat(prize.select(".first-paint main a[href=demokratipriset/nominera]")).hasSize(1);
        assertThat(page(visitor(), "demokratipriset/nominera").select(".first-paint main p").eachText())
                .anyMatch(t -> t.startsWith("Nominera någon till Demokratipriset 2026. Nomineringen stänger"));

        clock.setTo("2026-09-01T09:00:00");
        var closed = page(visitor(), "demokratipriset/nominera");
        assertThat(closed.select(".first-paint main p.attention").eachText()).singleElement()
                .satisfies(t -> assertThat(t).startsWith("Nomineringen stängde "));
        assertThat(closed.select(".first-paint main p").eachText()).noneMatch(t -> t.startsWith("Nominera någon"));
        assertThat(page(visitor(), "demokratipriset").select(".first-paint main a[href=demokratipriset/nominera]"))
                .as("no way to nominate after the deadline").isEmpty();
    }

    /**
     * A language link keeps the choice in a cookie and sends the visitor back to the page they were on, now in that
     * language; never to another site, and a language the portal does not speak is not found (DD47).
     */
    @Test
    void a_language_link_keeps_the_choice_and_goes_back_to_the_page_in_that_language() {
        var visitor = visitor().referredFrom("http://localhost:" + port + "/forslag?status=open");

        var answer = visitor.get("sprak/fi");

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.headers().firstValue("Location")).hasValue("/forslag?status=open");
        assertThat(answer.headers().firstValue("Set-Cookie")).hasValueSatisfying(c -> assertThat(c)
                .startsWith("portal-lang=fi;").contains("Path=/", "Max-Age=31536000", "SameSite=Lax", "HttpOnly"));
        assertThat(answer.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("no-store"));
        var page = page(visitor, "forslag");
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fi");
        assertThat(page.select("main h1").text()).isEqualTo("Huddinge-aloitteet");

        assertThat(visitor().referredFrom("https://elsewhere.example//evil.example/x").get("sprak/en").headers()
                .firstValue("Location")).as("only a path of the portal").hasValue("/");
        assertThat(visitor().get("sprak/sv").headers().firstValue("Location")).as("no Referer").hasValue("/");
        assertThat(visitor().get("sprak/de").statusCode()).isEqualTo(404);
    }

    /** A Finnish prize page's first HTML shows the round's Finnish words, else the Swedish marked lang="sv" (DD43). */
    @Test
    void the_finnish_prize_pages_first_html_shows_the_rounds_finnish_words_or_the_swedish_marked() {
        clock.setTo("2026-07-01T09:00:00");
        var form = PrizeFixtures.round(2026);
        var round = rounds.create(form);
        var swedish = page(visitor().speaking("fi"), "demokratipriset").select(".first-paint main p[lang]");
        assertThat(swedish.eachText()).containsExactly("Stärker demokratin i Huddinge.");
        assertThat(swedish.eachAttr("lang")).containsExactly("sv");

        rounds.create(round.form(clock.getZone()).withTexts(form.aboutSv(), form.aboutEn(),
                "Vahvistaa demokratiaa Huddingessa."));
        var finnish = page(visitor().speaking("fi"), "demokratipriset");
        assertThat(finnish.select(".first-paint main p:not([lang])").eachText())
                .contains("Vahvistaa demokratiaa Huddingessa.");
        assertThat(finnish.select(".first-paint main p[lang]")).isEmpty();
        assertThat(finnish.select(".first-paint main").text()).doesNotContain("Stärker demokratin");
        assertThat(page(visitor(), "demokratipriset").select(".first-paint main p:not([lang])").eachText())
                .as("the Swedish page keeps its own words").contains("Stärker demokratin i Huddinge.");
    }

    @Test
    void robots_txt_lets_search_engines_read_public_pages_not_staff_or_one_time_link_pages() {
        var answer = visitor().get("robots.txt");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("text/plain;charset=UTF-8");
        List<String> disallowed = answer.body().lines().filter(l -> l.startsWith("Disallow: "))
                .map(l -> l.substring("Disallow: ".length())).toList();
        assertThat(disallowed).contains("/granskning", "/admin/konton", "/admin/brevmallar", "/admin/pris",
                "/logga-in", "/konto/losenord", "/konto/nytt-losenord", "/forslag/bekrafta", "/forslag/hantera",
                "/stod/bekrafta", "/mina-inskick/lista", "/demokratipriset/bekrafta", "/kommentar/bekrafta",
                "/kommentar/sluta", "/kommentar/sluta-sammanfattning", "/folj/bekrafta", "/folj/sluta", "/sprak");
        assertThat(disallowed).allSatisfy(path -> assertThat(List.of("/", "/forslag", "/forslag/nytt",
                "/demokratipriset", "/demokratipriset/vinnare", "/mina-inskick", "/forslag/HF-2026-0001"))
                .noneMatch(page -> page.startsWith(path) && (page.length() == path.length()
                        || page.charAt(path.length()) == '/')));
        assertThat(answer.body()).startsWith("User-agent: *\n")
                .contains("\nSitemap: " + settings.link("sitemap.xml") + "\n");
    }

    @Test
    void the_sitemap_lists_the_published_proposals_and_the_prize_pages_never_an_unpublished_one() {
        var given = new Proposals(service, cases, events);
        var published = given.published("Fler bänkar i Flemingsberg");
        var inModeration = given.inModeration("Belysning i Sjödalsparken");
        long submitted = given.submit("Ett förslag som ingen har bekräftat");
        var withdrawn = given.published("Ett förslag som drogs tillbaka");
        service.withdraw(given.manageToken(withdrawn.id()));

        var answer = visitor().get("sitemap.xml");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/xml;charset=UTF-8");
        var xml = Jsoup.parse(answer.body(), Parser.xmlParser());
        assertThat(xml.selectFirst("urlset").attr("xmlns")).isEqualTo("http://www.sitemaps.org/schemas/sitemap/0.9");
        List<String> locations = xml.select("url > loc").eachText();
        assertThat(locations).contains(settings.link(""), settings.link("forslag"),
                settings.link("demokratipriset"), settings.link("demokratipriset/vinnare"),
                settings.link("demokratipriset/nominera"), settings.link("forslag/" + published.reference()));
        assertThat(locations).doesNotContain(settings.link("forslag/" + inModeration.reference()),
                settings.link("forslag/" + withdrawn.reference()), settings.link("logga-in"),
                settings.link("granskning"));
        assertThat(locations).noneMatch(l -> l.contains("bekrafta") || l.contains("hantera") || l.contains("lista"));
        assertThat(locations).filteredOn(l -> l.contains("/forslag/HF-")).hasSize(1);
        assertThat(jdbc.queryForObject("select status from proposal where id = ?", String.class, submitted))
                .isEqualTo("SUBMITTED");
    }

    private Document page(PortalHttp visitor, String path) {
        var answer = visitor.get(path);
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).as(path)
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        return Jsoup.parse(answer.body());
    }

    private void assertPreviewImage(Document page) {
        String image = settings.link("images/delaktighetsportalen-1200x630.png");
        assertThat(meta(page, "property", "og:image")).isEqualTo(image);
        assertThat(meta(page, "property", "og:image:width")).isEqualTo("1200");
        assertThat(meta(page, "property", "og:image:height")).isEqualTo("630");
        assertThat(meta(page, "property", "og:image:alt")).isNotBlank();
        assertThat(meta(page, "name", "twitter:image")).isEqualTo(image);
        var file = visitor().get("images/delaktighetsportalen-1200x630.png");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type")).hasValue("image/png");
    }

    private static String meta(Document page, String attribute, String name) {
        var tags = page.select("meta[" + attribute + "=" + name + "]");
        assertThat(tags).as(name).hasSize(1);
        return tags.attr("content");
    }
}
