package se.huddinge.delaktighet.review;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.huddinge.delaktighet.BrowserGrid;
import se.huddinge.delaktighet.notification.LetterEntry;
import se.huddinge.delaktighet.proposal.CaseFile;
import se.huddinge.delaktighet.proposal.ProposalTestBase;

/**
 * Staff lists whose length residents decide: a proposal with 10,000 letters (anyone can cause one by asking for a
 * support link), queues of 10,000 proposals (a prize round's 10,000 nominations: PrizeReviewViewsTest). Each page
 * opens with its first rows and reads later ones from the database a page at a time, as staff scroll to them (the
 * browser's requests made by {@link BrowserGrid}).
 */
class LongListsTest extends ProposalTestBase {

    private static final int BULK = 10_000;

    @Test
    void a_case_with_ten_thousand_letters_opens_with_the_newest_and_reads_the_rest_as_staff_scroll() {
        long id = given.inModeration(BENCHES);
        String reference = given.reference(id);
        // the confirmation link letter and the receipt are written after the steps' transactions
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.queryForObject("select count(*) from letter", Integer.class) == 2);
        jdbc.update("insert into letter (dedup_key, template, subject_ref, recipient, language, subject, body_text, "
                + "body_html, message_id, status, attempts, next_attempt_at, created_at, sent_at) "
                + "select concat('busy-', seq), 'support-confirm-email', ?, concat('stod', seq, '@example.se'), 'sv', "
                + "concat('Brev ', seq), 'Bekräfta ditt stöd.', '<p>Bekräfta ditt stöd.</p>', "
                + "concat('<busy-', seq, '@huddinge.se>'), 'SENT', 1, timestamp('2026-02-01') + interval seq second, "
                + "timestamp('2026-02-01') + interval seq second, timestamp('2026-02-01') + interval seq second "
                + "from seq_1_to_" + BULK, reference);
        login("hanna", "OFFICER");
        UI.getCurrent().navigate("granskning/forslag/" + id);
        Grid<LetterEntry> log = letterLog();

        long before = BrowserGrid.rowsSent(jdbc);
        BrowserGrid.show(log, BULK + 2);
        BrowserGrid.scrollTo(log, BULK + 1);
        long read = BrowserGrid.rowsSent(jdbc) - before;

        assertThat(read).as("rows read from the database to show the first letters and then the last").isLessThan(500);
        assertThat(GridKt._size(log)).isEqualTo(BULK + 2);
        assertThat(List.of(GridKt._get(log, 0).template(), GridKt._get(log, 1).template())).as("the newest: today's")
                .containsExactlyInAnyOrder("proposal-confirm-email", "proposal-receipt");
        assertThat(GridKt._getFormattedRow(log, 2)).contains("Brev 10000", "stod10000@example.se");
        assertThat(GridKt._getFormattedRow(log, BULK + 1)).as("the oldest").contains("Brev 1", "stod1@example.se");
    }

    @Test
    void queues_of_ten_thousand_proposals_open_with_the_oldest_and_read_the_rest_as_staff_scroll() {
        proposals("IN_MODERATION", "M");
        proposals("THRESHOLD_REACHED", "T");
        login("hanna", "OFFICER");
        UI.getCurrent().navigate("granskning/forslag");

        for (String queue : List.of("moderation", "referral")) {
            @SuppressWarnings("unchecked")
            Grid<CaseFile> grid = _get(Grid.class, spec -> spec.withId(queue));
            long before = BrowserGrid.rowsSent(jdbc);
            BrowserGrid.show(grid, BULK);
            BrowserGrid.scrollTo(grid, BULK - 1);
            long read = BrowserGrid.rowsSent(jdbc) - before;

            assertThat(read).as(queue + ": rows read to show the first proposals and then the last").isLessThan(500);
            assertThat(GridKt._size(grid)).isEqualTo(BULK);
            String prefix = queue.equals("moderation") ? "HF-2026-M" : "HF-2026-T";
            assertThat(title(grid, 0)).as("the oldest first").isEqualTo(prefix + "00001 Förslag 1");
            assertThat(title(grid, BULK - 1)).isEqualTo(prefix + "10000 Förslag 10000");
        }
    }

    /** 10,000 proposals in a state, one a minute from New Year on; the letter after the year tells the state. */
    private void proposals(String status, String letter) {
        jdbc.update("insert into proposal (reference, status, title, body, district, category, author_name, "
                + "author_email, language, submitted_at, confirmed_at, moderation_due, threshold_reached_at, "
                + "referral_due) select concat('HF-2026-', ?, lpad(seq, 5, '0')), ?, concat('Förslag ', seq), "
                + "'Fler bänkar.', 'Flemingsberg', 'parker', 'Anna Andersson', 'anna@example.se', 'sv', "
                + "timestamp('2026-01-01') + interval seq minute, timestamp('2026-01-01') + interval seq minute, "
                + "'2026-01-15', if(? = 'IN_MODERATION', null, timestamp('2026-01-01') + interval seq minute), "
                + "if(? = 'IN_MODERATION', null, '2026-04-01') from seq_1_to_" + BULK, letter, status, status, status);
    }

    private static String title(Grid<CaseFile> grid, int row) {
        return ((Anchor) GridKt._getCellComponent(grid, row, "proposal")).getText();
    }

    @SuppressWarnings("unchecked")
    private static Grid<LetterEntry> letterLog() {
        return _find(Grid.class).stream()
                .filter(g -> "Brev om förslaget".equals(g.getElement().getAttribute("aria-label")))
                .findFirst().orElseThrow();
    }
}
