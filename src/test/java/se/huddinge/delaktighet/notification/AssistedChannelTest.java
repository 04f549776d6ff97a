package se.huddinge.delaktighet.notification;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.huddinge.delaktighet.proposal.ProposalPages.pageText;
import static se.huddinge.delaktighet.proposal.ProposalPages.signOut;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.huddinge.delaktighet.base.Channel;
import se.huddinge.delaktighet.proposal.Decision;
import se.huddinge.delaktighet.proposal.ProposalFixtures;
import se.huddinge.delaktighet.proposal.ProposalTestBase;

/**
 * Residents without e-mail (issue 22, DD40, DD42): an officer registers a paper proposal, a paper support and a
 * paper nomination for Demokratipriset on the resident's behalf (the nomination only before the round's deadline); they count at once, the case history names the officer, the public page shows nothing of the
 * person; every letter of the proposal's life waits in the print queue as a PDF page with the address in the
 * envelope's window, never goes to SMTP, and is sent when printed. The same name and address support once.
 */
class AssistedChannelTest extends ProposalTestBase {

    private static final double MM = 72 / 25.4;

    @Autowired
    PrintQueue printQueue;
    @Autowired
    se.huddinge.delaktighet.reporting.OpenData openData;
    @Autowired
    se.huddinge.delaktighet.nomination.PrizeRounds prizeRounds;

    private final Mailbox mail = new Mailbox();

    @BeforeEach
    void startMail() {
        mail.start();
    }

    @AfterEach
    void stopMail() {
        mail.stop();
    }

    @Test
    void a_paper_proposal_lives_its_whole_life_in_printed_letters_with_the_address_in_the_window() throws IOException {
        login(OFFICER, "OFFICER");
        UI.getCurrent().navigate("granskning/registrera");
        fillResident(Channel.PAPER, "Gunnel Öberg", "Storgatan 12 B", "14185", "Huddinge", "sv");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Förslagets rubrik")), BENCHES);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Förslaget")), "Bänkar längs gångvägen, tack.");
        _setValue(combo("Kommundel"), rules.districts().getFirst());
        _setValue(combo("Ämne"), rules.categories().getFirst());
        _click(_get(Button.class, spec -> spec.withId("register-proposal")));

        NotificationsKt.expectNotifications(
                "Förslaget HF-2026-0001 är registrerat. Mottagningsbeviset ligger bland breven att skriva ut.");
        long id = jdbc.queryForObject("select id from proposal", Long.class);
        assertThat(given.status(id)).as("confirmed at once: the officer saw the person").isEqualTo("IN_MODERATION");
        assertThat(jdbc.queryForMap("select channel, registered_by, identified_by, author_name from proposal"))
                .containsEntry("channel", "PAPER").containsEntry("registered_by", OFFICER)
                .containsEntry("identified_by", "Visade körkort").containsEntry("author_name", "Gunnel Öberg");
        assertThat(jdbc.queryForList("select actor from proposal_timeline where proposal_id = ? order by id",
                String.class, id)).as("the case history says who registered it").containsExactly(OFFICER, "author");
        waitForLetter("proposal-receipt");

        ProposalFixtures.as(OFFICER, () -> { cases.publish(id, given.version(id)); return null; }, "OFFICER");
        waitForLetter("proposal-published");
        signOut();
        UI.getCurrent().navigate("forslag/HF-2026-0001");
        assertThat(pageText()).contains(BENCHES).doesNotContain("Gunnel", "Öberg", "Storgatan", "14185", "141 85",
                "körkort", OFFICER);

        // all supports but one, then a paper supporter who wants to hear crosses the threshold
        jdbc.update("update proposal set support_count = ? where id = ?", rules.supportThreshold() - 1, id);
        login(OFFICER, "OFFICER");
        UI.getCurrent().navigate("granskning/registrera");
        fillResident(Channel.SERVICE_CENTRE, "Aarne Virtanen", "Kyrkvägen 3", "141 30", "Huddinge", "en");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Förslagets nummer")), "HF-2026-0001");
        _click(_get(Button.class, spec -> spec.withId("register-support")));
        NotificationsKt.expectNotifications("Stödet för HF-2026-0001 är registrerat och räknat.");
        assertThat(given.status(id)).isEqualTo("THRESHOLD_REACHED");
        assertThat(jdbc.queryForObject("select support_count from proposal", Integer.class))
                .isEqualTo(rules.supportThreshold());
        waitForLetter("proposal-threshold-reached");

        ProposalFixtures.as(OFFICER, () -> { cases.refer(id, given.version(id), "NATUR", "NATUR-2026/17"); return null; },
                "OFFICER");
        waitForLetter("proposal-referred");
        clock.setTo("2026-05-20T09:00:00");
        given.decide(id, Decision.BIFALL, LocalDate.of(2026, 5, 12));
        waitForLetter("proposal-decided");
        waitForLetter("supporter-decided");
        assertWordedForThePost();

        assertThat(jdbc.queryForList("select distinct status from letter", String.class))
                .as("no letter to a postal address goes to SMTP").containsExactly("TO_PRINT");
        assertThat(mail.recipients()).isEmpty();

        UI.getCurrent().navigate("granskning/utskrift");
        @SuppressWarnings("unchecked")
        Grid<PrintQueue.Waiting> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(6);
        assertThat(_get(Paragraph.class, spec -> spec.withId("print-count")).getText()).isEqualTo("6 brev väntar.");
        var waiting = ProposalFixtures.as(OFFICER, printQueue::waiting, "OFFICER");
        byte[] pdf = ProposalFixtures.as(OFFICER, () -> printQueue.pdf(waiting.stream().map(PrintQueue.Waiting::id)
                .toList()), "OFFICER");

        // kept for a look at the letters by eye
        java.nio.file.Files.write(java.nio.file.Path.of("target/assisted-letters.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var pages = pages(doc);
            assertThat(pages).hasSizeGreaterThanOrEqualTo(6);
            var toAuthor = pages.stream().filter(p -> p.text().contains("Gunnel Öberg")).toList();
            assertThat(toAuthor).hasSize(5);
            assertThat(String.join("\n", toAuthor.stream().map(Page::text).toList()))
                    .contains(BENCHES, "HF-2026-0001", "Huddinge kommun", "Storgatan 12 B", "141 85 HUDDINGE",
                            "/forslag/hantera/")
                    .as("the receipt, publication and decision letters").contains(subjectOf("proposal-receipt"),
                            subjectOf("proposal-published"), subjectOf("proposal-decided"));
            for (var page : toAuthor) {
                var name = page.line("Gunnel Öberg");
                assertThat(name.getXDirAdj() / MM).as("address block from the left (mm)").isBetween(19.5, 20.5);
                double top = (name.getYDirAdj() - name.getHeightDir()) / MM;
                assertThat(top).as("address block's first line from the top (mm)").isBetween(49.0, 53.0);
                assertThat((page.line("Storgatan 12 B").getYDirAdj()) / MM).isBetween(52.0, 60.0);
            }
            var toSupporter = pages.stream().filter(p -> p.text().contains("Aarne Virtanen")).toList();
            assertThat(toSupporter).hasSize(1);
            assertThat(toSupporter.getFirst().text()).contains("Kyrkvägen 3", "141 30 HUDDINGE")
                    .doesNotContain("Gunnel");
        }

        _click(_get(Button.class, spec -> spec.withId("print-done")));
        NotificationsKt.expectNotifications("6 brev är markerade som skickade.");
        assertThat(jdbc.queryForList("select distinct status from letter", String.class)).containsExactly("SENT");
        assertThat(jdbc.queryForObject("select count(*) from letter where sent_at is null", Integer.class)).isZero();
        assertThat(GridKt._size(grid)).isZero();
        assertThat(mail.recipients()).isEmpty();
    }

    @Test
    void the_same_name_and_address_support_once_and_the_officer_sees_possible_web_supports() {
        long id = given.published(BENCHES);
        given.support(id, "karin.lind@example.se");
        given.support(id, "someone@example.se");
        login(OFFICER, "OFFICER");
        UI.getCurrent().navigate("granskning/registrera");
        fillResident(Channel.PHONE, "Karin Lind", "Storgatan 1 B", "141 85", "Huddinge", "sv");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Förslagets nummer")), "HF-2026-0001");
        _click(_get(Button.class, spec -> spec.withId("find-matches")));
        assertThat(_get(UnorderedList.class, spec -> spec.withId("possible-matches")).getChildren()
                .map(c -> ((ListItem) c).getText()).toList()).containsExactly("karin.lind@example.se");

        _click(_get(Button.class, spec -> spec.withId("register-support")));
        NotificationsKt.expectNotifications("Stödet för HF-2026-0001 är registrerat och räknat.");
        assertThat(jdbc.queryForObject("select support_count from proposal", Integer.class)).isEqualTo(3);
        assertThat(jdbc.queryForMap("select channel, registered_by, confirmed_at from support where channel <> 'WEB'"))
                .containsEntry("channel", "PHONE").containsEntry("registered_by", OFFICER)
                .extractingByKey("confirmed_at").isNotNull();
        assertThat(jdbc.queryForList("select concat(actor, ' ', kind, ' ', subject, ' ', after_value) from audit_event",
                String.class)).containsExactly(OFFICER + " ASSISTED HF-2026-0001 support:PHONE");

        // the same person, typed another way, at the service centre a week later
        fillResident(Channel.SERVICE_CENTRE, "KARIN  LIND", "storgatan 1b", "14185", "HUDDINGE", "sv");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Förslagets nummer")), "HF-2026-0001");
        _click(_get(Button.class, spec -> spec.withId("register-support")));
        var reference = _get(TextField.class, spec -> spec.withLabel("Förslagets nummer"));
        assertThat(reference.isInvalid()).isTrue();
        assertThat(reference.getErrorMessage()).isEqualTo("Samma namn och adress stöder redan förslaget.");
        assertThat(jdbc.queryForObject("select support_count from proposal", Integer.class)).isEqualTo(3);

        signOut();
        UI.getCurrent().navigate("forslag/HF-2026-0001");
        assertThat(pageText()).doesNotContain("Karin", "Lind", "Storgatan", "körkort");

        // the open data counts the supports by channel and language, and names no one
        var item = openData.page(0, 100).items().getFirst();
        assertThat(item.channel()).isEqualTo("web");
        assertThat(item.language()).isEqualTo("sv");
        assertThat(item.supportsByChannel()).containsExactly(java.util.Map.entry("web", 2L),
                java.util.Map.entry("paper", 0L), java.util.Map.entry("phone", 1L),
                java.util.Map.entry("service_centre", 0L));
        assertThat(item.supportsByLanguage()).containsExactly(java.util.Map.entry("sv", 3L),
                java.util.Map.entry("en", 0L), java.util.Map.entry("fi", 0L));
        var csv = new java.io.ByteArrayOutputStream();
        openData.csv(0, 100, csv);
        String text = csv.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).contains(";channel;language;supportsWeb;supportsPaper;supportsPhone;supportsServiceCentre;"
                + "supportsSv;supportsEn;supportsFi\r\n").contains(";web;sv;2;0;1;0;3;0;0\r\n");
        assertThat(item.toString() + text).doesNotContain("Karin", "Lind", "Storgatan", "karin.lind", "körkort");
    }

    @Test
    void nothing_is_registered_without_the_residents_consent_and_a_postal_address() {
        long id = given.published(BENCHES);
        login(OFFICER, "OFFICER");
        UI.getCurrent().navigate("granskning/registrera");
        fillResident(Channel.PAPER, "Karin Lind", "", "1418", "Huddinge", "sv");
        _setValue(_get(Checkbox.class, spec -> spec.withLabel(
                "Invånaren samtycker till behandlingen av personuppgifterna enligt sidan Personuppgifter")), false);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Förslagets nummer")), "HF-2026-0001");
        _click(_get(Button.class, spec -> spec.withId("register-support")));

        assertThat(_get(TextField.class, spec -> spec.withLabel("Gatuadress")).getErrorMessage())
                .isEqualTo("Skriv gatuadressen.");
        assertThat(_get(Checkbox.class, spec -> spec.withLabel(
                "Invånaren samtycker till behandlingen av personuppgifterna enligt sidan Personuppgifter")).isInvalid())
                .isTrue();
        assertThat(jdbc.queryForObject("select count(*) from support", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select support_count from proposal where id = ?", Integer.class, id)).isZero();
    }

    @Test
    void text_a_person_typed_is_printed_as_typed_never_read_as_markup() throws IOException {
        String title = "<b>Bänkar</b> & ${7*7} [[${7*7}]] =HYPERLINK(\"x\") </p><p style=\"color:red\">";
        login(OFFICER, "OFFICER");
        UI.getCurrent().navigate("granskning/registrera");
        fillResident(Channel.PAPER, "<i>Eva</i> & \"Bo\"", "</div><div class='x'>Gata 1", "14185", "${town}", "sv");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Förslagets rubrik")), title);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Förslaget")), "<script>alert(1)</script>\n\n{link:x:0}");
        _setValue(combo("Kommundel"), rules.districts().getFirst());
        _setValue(combo("Ämne"), rules.categories().getFirst());
        _click(_get(Button.class, spec -> spec.withId("register-proposal")));
        waitForLetter("proposal-receipt");

        var waiting = ProposalFixtures.as(OFFICER, printQueue::waiting, "OFFICER");
        assertThat(waiting).extracting(PrintQueue.Waiting::name).containsExactly("<i>Eva</i> & \"Bo\"");
        byte[] pdf = ProposalFixtures.as(OFFICER, () -> printQueue.pdf(List.of(waiting.getFirst().id())), "OFFICER");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("<i>Eva</i> & \"Bo\"", "</div><div class='x'>Gata 1", "${TOWN}",
                    "<b>Bänkar</b> & ${7*7} [[${7*7}]] =HYPERLINK(\"x\")");
        }
    }

    @Test
    void a_paper_nomination_counts_at_once_and_its_letters_are_printed_in_the_nominators_language()
            throws IOException {
        var round = openRound();
        login(OFFICER, "OFFICER");
        UI.getCurrent().navigate("granskning/registrera");
        fillResident(Channel.PAPER, "Aino Mäkinen", "Kyrkvägen 3", "14130", "Huddinge", "fi");
        fillNomination("Föreningen Vårby Röster");
        _click(_get(Button.class, spec -> spec.withId("register-nomination")));

        NotificationsKt.expectNotifications("Nomineringen DP-2026-0001 är registrerad och räknad. "
                + "Mottagningsbeviset ligger bland breven att skriva ut.");
        var row = jdbc.queryForMap("select id, status, reference, channel, identified_by, consent_at, language, "
                + "registered_by, nominator_name, nominator_email from nomination");
        assertThat(row).containsEntry("status", "CONFIRMED").containsEntry("reference", "DP-2026-0001")
                .containsEntry("channel", "PAPER").containsEntry("identified_by", "Visade körkort")
                .containsEntry("language", "fi").containsEntry("registered_by", OFFICER)
                .containsEntry("nominator_name", "Aino Mäkinen")
                .containsEntry("nominator_email", "post:Aino Mäkinen\nKyrkvägen 3\n141 30 Huddinge".translateEscapes());
        assertThat(row.get("consent_at")).as("the consent, when the officer registered it").isNotNull();
        assertThat(jdbc.queryForList("select concat(actor, ' ', kind, ' ', subject, ' ', after_value) from audit_event "
                + "where kind = 'ASSISTED'", String.class)).as("the audit trail names the officer, not the person")
                .containsExactly(OFFICER + " ASSISTED DP-2026-0001 nomination:PAPER");
        waitForLetter("prize-receipt");
        assertThat(jdbc.queryForObject("select count(*) from letter where template = 'prize-confirm-email'",
                Integer.class)).as("no link to follow: the officer's registration is the confirmation").isZero();

        // the nomination review page: the nominator's language and channel for the officer who calls or writes
        long id = ((Number) row.get("id")).longValue();
        UI.getCurrent().navigate("granskning/pris/nominering/" + id);
        assertThat(_get(Paragraph.class, spec -> spec.withId("nomination-language")).getText())
                .isEqualTo("Språk för breven: finska");
        assertThat(_get(Paragraph.class, spec -> spec.withId("nomination-channel")).getText())
                .isEqualTo("Hur den kom in: Papper · registrerad av " + OFFICER + ", identifierad: Visade körkort");
        assertThat(pageText()).contains("post: Aino Mäkinen, Kyrkvägen 3, 141 30 Huddinge");

        // the public pages show nothing of the person
        signOut();
        for (String page : List.of("demokratipriset", "demokratipriset/vinnare")) {
            UI.getCurrent().navigate(page);
            assertThat(pageText()).doesNotContain("Aino", "Mäkinen", "Kyrkvägen", "körkort", OFFICER);
        }

        login(OFFICER, "OFFICER");
        var waiting = ProposalFixtures.as(OFFICER, printQueue::waiting, "OFFICER");
        assertThat(waiting).hasSize(1);
        byte[] pdf = ProposalFixtures.as(OFFICER, () -> printQueue.pdf(List.of(waiting.getFirst().id())), "OFFICER");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var page = pages(doc).getFirst();
            assertThat(page.text()).as("the Finnish receipt, under the letterhead, to the address in the window")
                    .contains("Olemme vastaanottaneet ehdotuksesi DP-2026-0001", "Hei Aino Mäkinen!",
                            "Föreningen Vårby Röster", "Demokratiapalkinnon " + round.year(), "Huddinge kommun",
                            "Kyrkvägen 3", "141 30 HUDDINGE");
            var name = page.line("Aino Mäkinen");
            assertThat(name.getXDirAdj() / MM).as("address block from the left (mm)").isBetween(19.5, 20.5);
            assertThat((name.getYDirAdj() - name.getHeightDir()) / MM).as("first line from the top (mm)")
                    .isBetween(49.0, 53.0);
        }
        assertThat(mail.recipients()).as("a letter by post never goes to SMTP").isEmpty();

        // a nominator who has e-mail gets the receipt by e-mail, with no link to follow either
        UI.getCurrent().navigate("granskning/registrera");
        fillResident(Channel.PHONE, "Bo Ek", "", "", "", "sv");
        fillNomination("Sjödalens unga");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Den som nominerar: e-post (om personen har)")),
                "bo.ek@example.se");
        _click(_get(Button.class, spec -> spec.withId("register-nomination")));
        NotificationsKt.expectNotifications(
                "Nomineringen DP-2026-0002 är registrerad och räknad. Mottagningsbeviset går med e-post.");
        await().atMost(Duration.ofSeconds(30)).until(() -> mail.recipients().contains("bo.ek@example.se"));
        assertThat(jdbc.queryForList("select template from letter where recipient = 'bo.ek@example.se'",
                String.class)).containsExactly("prize-receipt");
        assertThat(jdbc.queryForObject("select count(*) from nomination where status = 'CONFIRMED'", Integer.class))
                .isEqualTo(2);
    }

    @Test
    void a_nomination_after_the_rounds_deadline_is_refused_at_the_round_even_on_paper() {
        openRound();
        clock.setTo("2026-08-21T00:00:30");
        login(OFFICER, "OFFICER");
        UI.getCurrent().navigate("granskning/registrera");
        fillResident(Channel.PAPER, "Aino Mäkinen", "Kyrkvägen 3", "14130", "Huddinge", "fi");
        fillNomination("Föreningen Vårby Röster");
        _click(_get(Button.class, spec -> spec.withId("register-nomination")));

        var round = _get(TextField.class, spec -> spec.withLabel("Omgång"));
        assertThat(round.isInvalid()).isTrue();
        assertThat(round.getErrorMessage()).isEqualTo("Omgången tar inte emot nomineringar nu. Sista dagen gäller "
                + "även nomineringar som kommer på papper eller per telefon.");
        assertThat(jdbc.queryForObject("select count(*) from nomination", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from letter", Integer.class)).isZero();

        // a nominator without e-mail needs the postal address, and every nomination the nominator's consent
        clock.setTo("2026-08-20T23:59:30");
        UI.getCurrent().navigate("granskning/registrera");
        fillResident(Channel.PAPER, "Aino Mäkinen", "", "14130", "Huddinge", "fi");
        _setValue(_get(Checkbox.class, spec -> spec.withLabel(
                "Invånaren samtycker till behandlingen av personuppgifterna enligt sidan Personuppgifter")), false);
        fillNomination("Föreningen Vårby Röster");
        _click(_get(Button.class, spec -> spec.withId("register-nomination")));
        assertThat(_get(TextField.class, spec -> spec.withLabel("Omgång")).isInvalid()).as("still open").isFalse();
        assertThat(_get(TextField.class, spec -> spec.withLabel("Gatuadress")).getErrorMessage())
                .isEqualTo("Skriv gatuadressen.");
        assertThat(_get(Checkbox.class, spec -> spec.withLabel(
                "Invånaren samtycker till behandlingen av personuppgifterna enligt sidan Personuppgifter")).isInvalid())
                .isTrue();
        assertThat(jdbc.queryForObject("select count(*) from nomination", Integer.class)).isZero();
    }

    /** The 2026 round, open from 1 June to 20 August 23:59; the clock on 15 June. */
    private se.huddinge.delaktighet.nomination.RoundFacts openRound() {
        var round = ProposalFixtures.as("admin", () -> prizeRounds.create(
                se.huddinge.delaktighet.nomination.PrizeFixtures.round(2026)), "ADMIN");
        clock.setTo("2026-06-15T10:00:00");
        return round;
    }

    private void fillNomination(String nominee) {
        _setValue(_get(TextField.class, spec -> spec.withLabel("Den som nomineras")), nominee);
        _setValue(combo("Slag"), se.huddinge.delaktighet.nomination.NomineeKind.ASSOCIATION);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Anknytning till Huddinge")), "Verksam i Vårby.");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Motivering: Delaktighet")), "Ordnar dialoger.");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Motivering: Fler röster")), "Tolkar till fem språk.");
    }

    private void fillResident(Channel channel, String name, String street, String postcode, String town,
                              String language) {
        _setValue(combo("Hur det kom in"), channel);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Hur personen identifierades")), "Visade körkort");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Namn")), name);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Gatuadress")), street);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Postnummer")), postcode);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Postort")), town);
        _setValue(combo("Språk för breven"), language);
        _setValue(_get(Checkbox.class, spec -> spec.withLabel(
                "Invånaren samtycker till behandlingen av personuppgifterna enligt sidan Personuppgifter")), true);
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> combo(String label) {
        return _get(ComboBox.class, spec -> spec.withLabel(label));
    }

    /**
     * Every letter of the life is worded as a letter on paper (DD43): in Swedish to the author, in English to the
     * supporter, no e-mail, no link to click, no address to e-mail; what differs on paper is said.
     */
    private void assertWordedForThePost() {
        var letters = jdbc.queryForList("select template, language, body_text from letter");
        assertThat(letters).hasSize(6).allSatisfy(l -> assertThat(((String) l.get("body_text")).lines()
                        .filter(line -> !line.startsWith("http")))
                .as("%s by post", l.get("template"))
                .noneMatch(line -> line.matches("(?i).*(mejl|e-post|länk|klick|e-?mail|link|click|@).*")));
        assertThat(bodyOf("proposal-receipt")).contains("Ring oss, eller skriv den här adressen i en webbläsare:",
                "Adressen är personlig. Spara brevet och visa inte adressen för någon.");
        assertThat(bodyOf("proposal-published")).contains("Berätta om förslaget för grannar och vänner");
        assertThat(bodyOf("proposal-threshold-reached")).contains("Då får du ett nytt brev med nämndens namn");
        assertThat(bodyOf("proposal-referred")).contains("Du får ett brev när beslutet är fattat.");
        assertThat(bodyOf("supporter-decided")).contains("You get this letter because you asked to hear about the "
                + "proposal. You will get a letter when the work on the proposal moves on.");
    }

    private String bodyOf(String template) {
        return jdbc.queryForObject("select body_text from letter where template = ?", String.class, template);
    }

    private void waitForLetter(String template) {
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from letter where template = ? and status = 'TO_PRINT'", Integer.class, template) > 0);
    }

    private String subjectOf(String template) {
        return jdbc.queryForObject("select subject from letter where template = ? limit 1", String.class, template);
    }

    /** A page of the PDF: its text and where each of its lines begins. */
    private record Page(String text, List<List<TextPosition>> lines) {

        TextPosition line(String text) {
            return lines.stream().filter(l -> l.stream().map(TextPosition::getUnicode)
                            .reduce("", String::concat).strip().equals(text)).findFirst()
                    .map(List::getFirst).orElseThrow(() -> new AssertionError("No line " + text + " in\n" + text()));
        }
    }

    private static List<Page> pages(PDDocument doc) throws IOException {
        var pages = new ArrayList<Page>();
        for (int i = 1; i <= doc.getNumberOfPages(); i++) {
            var lines = new ArrayList<List<TextPosition>>();
            var stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String string, List<TextPosition> positions) throws IOException {
                    lines.add(positions);
                    super.writeString(string, positions);
                }
            };
            stripper.setStartPage(i);
            stripper.setEndPage(i);
            pages.add(new Page(stripper.getText(doc), lines));
        }
        return pages;
    }
}
