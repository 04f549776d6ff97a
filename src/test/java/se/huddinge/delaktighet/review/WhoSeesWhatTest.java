package se.huddinge.delaktighet.review;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.communication.UidlWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import se.huddinge.delaktighet.KaribuTest;
import se.huddinge.delaktighet.nomination.NominationContacts;
import se.huddinge.delaktighet.nomination.NominationMailing;
import se.huddinge.delaktighet.nomination.NominationService;
import se.huddinge.delaktighet.nomination.PrizeFixtures;
import se.huddinge.delaktighet.nomination.PrizeReview;
import se.huddinge.delaktighet.nomination.PrizeRounds;
import se.huddinge.delaktighet.proposal.CaseFile;
import se.huddinge.delaktighet.proposal.ProposalCaseService;
import se.huddinge.delaktighet.proposal.ProposalMailing;
import se.huddinge.delaktighet.proposal.ProposalService;
import se.huddinge.delaktighet.proposal.Proposals;
import se.huddinge.delaktighet.proposal.PublicProposal;
import se.huddinge.delaktighet.reporting.NominationRow;
import se.huddinge.delaktighet.reporting.OpenData;
import se.huddinge.delaktighet.reporting.ProposalRow;
import se.huddinge.delaktighet.reporting.StaffNominations;

/**
 * Least privilege, per role: residents' personal data (an author's and a supporter's address, a nominator's name,
 * address and phone, a nominee's contact) reaches the browser and the exports of officers and administrators, who
 * handle cases and may have to write to them, and never a committee member's. "Reaches the browser" is checked on what
 * Vaadin sends: the UIDL answer its own writer makes of the page (every component, property and grid row).
 */
@RecordApplicationEvents
class WhoSeesWhatTest extends KaribuTest {

    private static final String AUTHOR = "asa.oberg@example.se";
    private static final String SUPPORTER = "stodjare.svensson@example.se";
    /** A commenter's address: on no public page, and to staff as the other residents' addresses are (DD28). */
    private static final String COMMENTER = "kommentar.skribent@example.se";
    private static final String NOMINATOR = PrizeFixtures.CONTACTED_NOMINATOR;
    private static final String NOMINATOR_NAME = PrizeFixtures.NOMINATOR_NAME;
    private static final String NOMINATOR_PHONE = PrizeFixtures.NOMINATOR_PHONE;
    private static final String NOMINEE_CONTACT = PrizeFixtures.NOMINEE_CONTACT;
    private static final List<String> PERSONAL = List.of(AUTHOR, SUPPORTER, COMMENTER, NOMINATOR, NOMINATOR_NAME,
            NOMINATOR_PHONE, NOMINEE_CONTACT);

    @Autowired
    ProposalService service;
    @Autowired
    ProposalCaseService cases;
    @Autowired
    PrizeRounds rounds;
    @Autowired
    NominationService nominations;
    @Autowired
    OpenData openData;
    @Autowired
    PrizeReview review;
    @Autowired
    StaffNominations staffNominations;
    @Autowired
    ProposalMailing mailing;
    @Autowired
    NominationMailing nominationMailing;
    @Autowired
    ApplicationEvents events;
    @Autowired
    se.huddinge.delaktighet.proposal.Comments comments;
    @Autowired
    se.huddinge.delaktighet.proposal.CommentModeration moderation;

    private PublicProposal proposal;
    private long round;
    private long nomination;

    @BeforeEach
    void aPublishedProposalWithASupporterAndANominationInReview() {
        proposal = new Proposals(service, cases, events).published("Fler bänkar vid Trångsundsskogen");
        service.requestSupport(proposal.reference(), SUPPORTER, false, java.util.Locale.of("sv"));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from letter where recipient = ?", Integer.class, SUPPORTER) == 1);
        comments.request(proposal.id(), null, new se.huddinge.delaktighet.proposal.Comments.Form(
                "Bra, men tänk på belysningen.", "Kim", COMMENTER, true), java.util.Locale.of("sv"));
        comments.confirm(se.huddinge.delaktighet.SentLinks.token(events.stream(
                se.huddinge.delaktighet.proposal.CommentEvents.CommentRequested.class).reduce((a, b) -> b)
                .orElseThrow().confirmLink()));
        moderation.report(jdbc.queryForObject("select id from comment", Long.class), "OFF_TOPIC");
    }

    @ParameterizedTest(name = "{0} sees addresses: {1}")
    @CsvSource({"OFFICER, true", "ADMIN, true", "COMMITTEE, false"})
    void the_case_page_and_its_letter_log_show_residents_addresses_only_to_those_who_handle_cases(String role,
                                                                                                boolean seesAddresses) {
        login("anna", role);
        UI.getCurrent().navigate("granskning/forslag/" + proposal.id());

        String page = _find(Paragraph.class).stream().map(Paragraph::getText).reduce("", (a, b) -> a + "\n" + b);
        assertThat(page).contains("Inskickat av Åsa Öberg");
        List<String> log = cells(letterLog());
        assertThat(log).as("the letter log lists the supporter's letter").anyMatch(c -> c.startsWith("En stödjare")
                || c.equals(SUPPORTER));
        if (seesAddresses) {
            assertThat(page).contains(AUTHOR);
            assertThat(log).contains(SUPPORTER, AUTHOR);
        } else {
            assertThat(page).doesNotContain(AUTHOR);
            assertThat(log).noneMatch(c -> c.contains("@example.se"))
                    .contains("En stödjare (adressen visas bara för handläggare)",
                            "Invånaren (adressen visas bara för handläggare)");
        }

        UI.getCurrent().navigate("granskning");
        List<String> dashboard = _find(Grid.class).stream().flatMap(g -> cells(g).stream()).toList();
        assertThat(dashboard.stream().anyMatch(c -> c.contains(SUPPORTER))).isEqualTo(seesAddresses);
        assertThat(dashboard.stream().anyMatch(c -> c.contains(AUTHOR))).isEqualTo(seesAddresses);
    }

    /**
     * Every staff page in Vaadin's route registry (a new one is visited without a change here), each download link
     * on it (the lists' CSV, the follow-up's PDF and CSV, the agenda's PDF), and the open data.
     */
    @ParameterizedTest(name = "{0} reads residents' personal data: {1}")
    @CsvSource({"OFFICER, true", "ADMIN, true", "COMMITTEE, false"})
    void every_staff_page_and_export_sends_personal_data_only_to_those_who_handle_cases(String role, boolean reads) {
        aNominationInReview();
        login("anna", role);
        var sent = new LinkedHashMap<String, String>();
        for (RouteData route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            if (!isStaffPage(route.getTemplate())) {
                continue;
            }
            String path = path(route.getTemplate());
            try {
                UI.getCurrent().navigate(path);
            } catch (MockAccessDeniedException notForThisRole) {
                continue;
            }
            sent.put(path, answer());
            for (Anchor download : _find(Anchor.class).stream()
                    .filter(a -> a.getHref() != null && a.getHref().startsWith("VAADIN/dynamic")).toList()) {
                sent.put(path + " ↓ " + download.getText(), content(DownloadKt._download(download)));
            }
        }
        sent.put("open data (JSON)", openData.page(0, 100).toString());
        var csv = new ByteArrayOutputStream();
        openData.csv(0, 100, csv);
        sent.put("open data (CSV)", csv.toString(StandardCharsets.UTF_8));

        assertThat(sent.keySet()).as("what %s was sent", role).contains("granskning", "granskning/lista",
                "granskning/forslag/" + proposal.id(), "granskning/nomineringar", "granskning/pris/" + round,
                "granskning/pris/nominering/" + nomination, "granskning/lista ↓ Ladda ner listan som CSV",
                "granskning/nomineringar ↓ Ladda ner listan som CSV");
        assertThat(sent.get("granskning/forslag/" + proposal.id())).as("the case page was sent")
                .contains("Fler bänkar vid Trångsundsskogen", "Åsa Öberg");
        assertThat(sent.get("granskning/pris/nominering/" + nomination)).as("the nomination was sent")
                .contains(PrizeFixtures.CONTACTED_NOMINEE, PrizeFixtures.MOTIVATION);
        if (reads) {
            assertThat(sent.get("granskning/forslag/" + proposal.id())).contains(AUTHOR, SUPPORTER);
            assertThat(sent.get("granskning/pris/nominering/" + nomination))
                    .contains(NOMINATOR_NAME, NOMINATOR, NOMINATOR_PHONE, NOMINEE_CONTACT);
            assertThat(sent.get("granskning/nomineringar")).contains(NOMINATOR_NAME, NOMINATOR, NOMINEE_CONTACT);
            assertThat(sent.get("granskning/nomineringar ↓ Ladda ner listan som CSV"))
                    .contains(NOMINATOR_NAME, NOMINATOR, NOMINATOR_PHONE, NOMINEE_CONTACT);
            assertThat(sent.get("granskning/lista ↓ Ladda ner listan som CSV")).contains(AUTHOR);
        } else {
            sent.forEach((what, text) -> assertThat(PERSONAL).as("personal data in %s", what)
                    .noneMatch(text::contains));
        }
        if (reads) {
            assertThat(sent.get("granskning/kommentarer")).as("the comment queue was sent")
                    .contains("Bra, men tänk på belysningen.");
        }
        sent.entrySet().stream().filter(e -> e.getKey().startsWith("open data")).forEach(e ->
                assertThat(PERSONAL).as("personal data in the %s", e.getKey()).noneMatch(e.getValue()::contains));
    }

    /** The doors themselves: a committee member who asks a service for an address directly is refused. */
    @Test
    void a_committee_member_is_refused_at_every_door_to_personal_data() {
        aNominationInReview();
        login("leo", "COMMITTEE");
        assertThatThrownBy(() -> cases.authorAddress(proposal.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> review.contacts(nomination)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staffNominations.contacts(List.of(nomination)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(review.detail(nomination).nomination().nomineeName()).isEqualTo(PrizeFixtures.CONTACTED_NOMINEE);

        login("hanna", "OFFICER");
        assertThat(cases.authorAddress(proposal.id())).isEqualTo(AUTHOR);
        assertThat(review.contacts(nomination)).isEqualTo(new NominationContacts(NOMINATOR_NAME, NOMINATOR,
                NOMINATOR_PHONE, NOMINEE_CONTACT));
    }

    /**
     * What every member of staff reads of proposals and nominations has no field for a resident's address, phone or
     * nominator at all (the letter log's entry is the one record with a recipient, filled only for those who read
     * addresses: {@code Letters}).
     */
    @Test
    void the_records_staff_pages_read_have_no_field_for_personal_data() {
        for (Class<?> record : List.of(CaseFile.class, PrizeReview.Detail.class, PrizeReview.Nominated.class,
                PrizeReview.Item.class, PrizeReview.Rank.class, ProposalRow.class, NominationRow.class)) {
            assertThat(Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName))
                    .as("the fields of %s", record.getSimpleName())
                    .noneMatch(name -> name.matches("(?i).*(mail|phone|contact|nominator|address|recipient).*"));
        }
    }

    /**
     * The letters' door: it hands residents' addresses to the portal's own listeners (nobody signed in, no page being
     * served) and to nobody on a page, whatever their role.
     */
    @Test
    void the_letters_door_opens_for_the_portals_listeners_and_for_no_page() throws Exception {
        aNominationInReview();
        login("hanna", "OFFICER");
        assertThatThrownBy(() -> mailing.letterFacts(proposal.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> mailing.subscribersForLetters(proposal.id(), 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> nominationMailing.facts(nomination)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> nominationMailing.countingFacts(round)).isInstanceOf(AccessDeniedException.class);
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> mailing.letterFacts(proposal.id())).as("a resident's page")
                .isInstanceOf(AccessDeniedException.class);

        try (var listener = Executors.newVirtualThreadPerTaskExecutor()) {
            assertThat(listener.submit(() -> mailing.letterFacts(proposal.id()).authorEmail()).get()).isEqualTo(AUTHOR);
            assertThat(listener.submit(() -> nominationMailing.facts(nomination).nominatorEmail())
                    .get()).isEqualTo(NOMINATOR);
        }
    }

    /**
     * The UIDL answer of the current page as Vaadin's own writer makes it for the browser: every changed component
     * with its properties and text, and each grid's rows as the browser would ask for them (its first 100).
     */
    private static String answer() {
        UI ui = UI.getCurrent();
        _find(Grid.class).forEach(g -> g.getDataCommunicator().setViewportRange(0, 100));
        return new UidlWriter().createUidl(ui, false).toString();
    }

    private static String content(byte[] bytes) {
        if (new String(bytes, 0, Math.min(4, bytes.length), StandardCharsets.ISO_8859_1).equals("%PDF")) {
            try (var pdf = Loader.loadPDF(bytes)) {
                String text = new PDFTextStripper().getText(pdf);
                assertThat(text).as("the PDF's text").isNotBlank();
                return text;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static boolean isStaffPage(String template) {
        return template.startsWith("granskning") || template.startsWith("admin") || template.equals("konto/losenord");
    }

    /** The route with a sample for each parameter: the proposal, the round, the nomination. */
    private String path(String template) {
        String sample = template.startsWith("granskning/pris/nominering") ? String.valueOf(nomination)
                : String.valueOf(round);
        return Arrays.stream(template.split("/")).map(part -> part.equals(":id") ? String.valueOf(proposal.id())
                : part.startsWith(":") ? sample : part).collect(Collectors.joining("/"));
    }

    private void aNominationInReview() {
        var inReview = PrizeFixtures.inReview(rounds, nominations, events, clock, jdbc);
        round = inReview.round();
        nomination = inReview.nomination();
    }

    @SuppressWarnings("unchecked")
    private static Grid<Object> letterLog() {
        return _find(Grid.class).stream().filter(g -> "Brev om förslaget".equals(g.getElement().getAttribute("aria-label")))
                .findFirst().orElseThrow();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<String> cells(Grid grid) {
        var all = new java.util.ArrayList<String>();
        for (int row = 0; row < GridKt._size(grid); row++) {
            GridKt._getFormattedRow(grid, row).forEach(c -> all.add(String.valueOf(c)));
        }
        return all;
    }
}
