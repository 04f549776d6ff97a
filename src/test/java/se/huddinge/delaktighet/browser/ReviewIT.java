package se.huddinge.delaktighet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import se.huddinge.delaktighet.proposal.ProposalCaseService;
import se.huddinge.delaktighet.proposal.ProposalFixtures;
import se.huddinge.delaktighet.proposal.ProposalRules;
import se.huddinge.delaktighet.proposal.ProposalService;
import se.huddinge.delaktighet.security.StaffAccountService;
import se.huddinge.delaktighet.security.StaffAccountService.NewAccount;
import se.huddinge.delaktighet.security.StaffRole;

/**
 * An officer in Chromium: the overview, the list filtered and downloaded as CSV, the annual report on screen and as
 * PDF, the charts and the agenda item, each page without axe violations; and the open data as a journalist gets it.
 */
@RecordApplicationEvents
class ReviewIT extends BrowserTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    StaffAccountService accounts;
    @Autowired
    ProposalService proposals;
    @Autowired
    ProposalCaseService cases;
    @Autowired
    ProposalRules rules;
    @Autowired
    ApplicationEvents events;
    @Autowired
    se.huddinge.delaktighet.proposal.ProposalJobs jobs;

    @Test
    void an_officer_filters_the_list_downloads_it_and_the_annual_report() throws Exception {
        var given = new ProposalFixtures(proposals, cases, rules, events, jdbc);
        clock.setTo("2025-05-05T10:00:00");
        given.published("Ny lekplats i Vårby");
        given.inModeration("Fler parkbänkar i Flemingsberg");
        clock.setTo("2026-03-02T09:00:00");
        accounts.createInitial(new NewAccount("hanna", "Hanna Handläggare", "hanna@huddinge.example",
                "rostiga-kompasser-sjunger", Set.of(StaffRole.OFFICER)));
        open("logga-in");
        type("Användarnamn", "hanna");
        type("Lösenord", "rostiga-kompasser-sjunger");
        click("Logga in");
        waitForHeading("Var med och påverka Huddinge");

        open("granskning");
        assertThat(heading()).isEqualTo("Granskning");
        assertThat(find("#queue-IN_MODERATION").getText()).contains("1");
        assertAccessible();

        open("granskning/lista");
        waiting().until(ExpectedConditions.textToBe(By.id("list-total"), "2 förslag"));
        assertAccessible();
        type("Sök i rubrik och text", "lekplats");
        waiting().until(ExpectedConditions.textToBe(By.id("list-total"), "1 förslag"));
        String csv = new String(download(find("#csv").getAttribute("href")), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFDiarienummer;Rubrik;").contains("Ny lekplats i Vårby")
                .doesNotContain("Fler parkbänkar").contains("anna@example.se");

        open("granskning/uppfoljning");
        assertThat(find("#followup-summary").getText()).startsWith("Under 2025 kom det in 2 Huddingeförslag");
        assertThat(driver.findElements(By.cssSelector("figure svg[role=img]"))).hasSize(2);
        assertAccessible();
        try (var pdf = Loader.loadPDF(download(find("#followup-pdf").getAttribute("href")))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Uppföljning av Huddingeförslag 2025");
        }

        open("granskning/statistik");
        waiting().until(d -> d.findElements(By.cssSelector("figure svg[role=img]")).size() == 4);
        assertAccessible();
        open("granskning/arende");
        assertAccessible();
    }

    @Test
    void a_committee_member_finds_the_proposals_below_the_threshold_and_every_nomination() {
        var given = new ProposalFixtures(proposals, cases, rules, events, jdbc);
        clock.setTo("2025-05-05T10:00:00");
        long id = given.published("Ny lekplats i Vårby");
        clock.setTo("2026-03-02T09:00:00");
        jobs.closeEndedSupportPeriods();
        accounts.createInitial(new NewAccount("lena", "Lena Ledamot", "lena@huddinge.example",
                "rostiga-kompasser-sjunger", Set.of(StaffRole.COMMITTEE)));
        signIn("lena", "rostiga-kompasser-sjunger");

        open("granskning/under-grans");
        waiting().until(ExpectedConditions.textToBe(By.id("list-total"), "1 förslag"));
        assertAccessible();
        open("granskning/forslag/" + id);
        assertThat(find("#take-up").getText()).contains("Har en politiker tagit upp förslaget?");
        assertAccessible();
        open("granskning/nomineringar");
        waiting().until(ExpectedConditions.textToBe(By.id("list-total"), "Inga nomineringar matchar"));
        assertAccessible();
    }

    @Test
    void published_proposals_are_open_data_with_cache_headers_and_no_personal_data() throws Exception {
        var given = new ProposalFixtures(proposals, cases, rules, events, jdbc);
        given.published("Ny lekplats i Vårby");
        given.inModeration("Fler parkbänkar i Flemingsberg");

        var json = get("oppna-data/forslag.json", null);
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.headers().firstValue("Cache-Control")).hasValue("max-age=300, public");
        String etag = json.headers().firstValue("ETag").orElseThrow();
        assertThat(json.body()).contains("\"reference\":\"HF-2026-0001\"", "\"title\":\"Ny lekplats i Vårby\"",
                "\"total\":1").doesNotContain("parkbänkar").doesNotContain("anna@example.se")
                .doesNotContain("Anna Andersson");
        assertThat(get("oppna-data/forslag.json", etag).statusCode()).as("the client's copy is current").isEqualTo(304);

        var csv = get("oppna-data/forslag.csv", null);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("\uFEFFreference;title;text;").contains("HF-2026-0001;Ny lekplats i Vårby;");
    }

    private HttpResponse<String> get(String path, String ifNoneMatch) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + path));
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Fetches a download link with the browser's session, as the click would. */
    private byte[] download(String href) throws IOException, InterruptedException {
        var session = driver.manage().getCookieNamed("JSESSIONID");
        var request = HttpRequest.newBuilder(URI.create(href.startsWith("http") ? href
                : "http://localhost:" + port + "/" + href)).header("Cookie", "JSESSIONID=" + session.getValue()).build();
        var response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(href).isEqualTo(200);
        return response.body();
    }
}
