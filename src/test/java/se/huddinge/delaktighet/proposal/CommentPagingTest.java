package se.huddinge.delaktighet.proposal;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static se.huddinge.delaktighet.proposal.ProposalPages.pageText;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.huddinge.delaktighet.Database;

/**
 * A proposal with 2,000 comments (1,500 threads, 500 replies): its page shows one page of threads, the newest, with a
 * pager, and each page is one statement to the database however deep it is (counted by MariaDB's {@code Com_select}).
 * The time a page takes is printed for docs/benchmarks.md.
 */
class CommentPagingTest extends ProposalTestBase {

    @Autowired
    CommentThreads comments;

    @Test
    void two_thousand_comments_are_read_a_page_at_a_time_in_one_query_each() {
        long id = given.published(BENCHES);
        var rows = new ArrayList<Object[]>();
        for (int i = 1; i <= 1500; i++) {
            rows.add(new Object[]{id, null, "Kommentar nummer " + i + ".", "Skribent " + i});
        }
        jdbc.batchUpdate(INSERT, rows);
        List<Long> threads = jdbc.queryForList("select id from comment order by id", Long.class);
        rows.clear();
        for (int i = 0; i < 500; i++) {
            rows.add(new Object[]{id, threads.get(1000 + i), "Svar nummer " + i + ".", "Svarare " + i});
        }
        jdbc.batchUpdate(INSERT, rows);

        UI.getCurrent().navigate("forslag/" + given.reference(id));
        assertThat(pageText()).contains("Kommentarer (2000)", "Kommentar nummer 1500.", "Kommentar nummer 1481.")
                .doesNotContain("Kommentar nummer 1480.");
        assertThat(_get(Span.class, s -> s.withId("comment-page")).getText()).isEqualTo("Sida 75 av 75");
        _click(_get(Button.class, s -> s.withText("Föregående sida")));
        assertThat(_get(Span.class, s -> s.withId("comment-page")).getText()).isEqualTo("Sida 74 av 75");
        assertThat(pageText()).contains("Kommentar nummer 1480.");

        var deep = comments.page(id, 50);
        assertThat(deep.threads()).isEqualTo(1500);
        assertThat(deep.items()).hasSize(20);
        assertThat(deep.items().getFirst().comment().text()).isEqualTo("Kommentar nummer 1001.");
        assertThat(deep.items().getFirst().replies()).extracting(CommentThreads.PublicComment::text)
                .containsExactly("Svar nummer 0.");

        long idle = selects(() -> { });
        long onePage = selects(() -> comments.page(id, 60));
        assertThat(onePage - idle).as("statements for one page").isEqualTo(1);

        long start = System.nanoTime();
        for (int p = 0; p < 75; p++) {
            assertThat(comments.page(id, p).items()).hasSize(20);
        }
        System.out.printf("CommentPagingTest: 75 pages of 2,000 comments, mean %.1f ms a page%n",
                (System.nanoTime() - start) / 75 / 1e6);
    }

    private static final String INSERT = "insert into comment (proposal_id, parent_id, status, body, display_name, "
            + "email, language, created_at, confirmed_at, shown_at) values (?, ?, 'SHOWN', ?, ?, 'x@example.se', 'sv', "
            + "now(6), now(6), now(6))";

    private long selects(Runnable action) {
        return Database.selects(jdbc, action);
    }
}
