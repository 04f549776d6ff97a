package se.huddinge.delaktighet.notification;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static se.huddinge.delaktighet.proposal.ProposalPages.pageText;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import se.huddinge.delaktighet.proposal.ProposalFixtures;

/**
 * Comments in pre-moderation ({@code portal.comments.moderation=PRE}): a proven comment waits for an officer, the
 * author's too; the officers' queue and the overview show them with the due date in working days; an approved one is
 * shown, a removed one never was, and its writer hears why.
 */
@TestPropertySource(properties = "portal.comments.moderation=PRE")
class CommentPreModerationTest extends CommentTestBase {

    @Test
    void a_proven_comment_waits_for_an_officer_who_approves_one_and_removes_another_with_a_letter_why() {
        open();
        assertThat(pageText()).contains("En handläggare läser din kommentar innan den visas.");
        comment("Gun", "gun@example.se", "Bra förslag, bänkarna behövs.", true);
        confirmFromLetter("gun@example.se");
        assertThat(pageText()).contains("En handläggare läser din kommentar om ”" + BENCHES + "” innan den visas.");

        UI.getCurrent().navigate("forslag/hantera/" + given.manageToken(id));
        _setValue(_get(TextArea.class, s -> s.withLabel("Din kommentar")), "Ring mig på 070-123 45 67.");
        _click(_get(Button.class, s -> s.withText("Skicka kommentaren")));
        assertThat(pageText()).contains("En handläggare läser din kommentar innan den visas.");

        UI.getCurrent().navigate("forslag/" + reference);
        assertThat(pageText()).contains("Kommentarer (0)", "Ingen har kommenterat förslaget än.")
                .doesNotContain("bänkarna behövs").doesNotContain("070-123");

        login("hanna", "OFFICER");
        UI.getCurrent().navigate("granskning");
        assertThat(pageText()).contains("Kommentarer att granska");
        UI.getCurrent().navigate("granskning/kommentarer");
        Grid<?> queue = _get(Grid.class, s -> s.withId("comment-queue"));
        assertThat(GridKt._size(queue)).isEqualTo(2);
        // confirmed Monday 2 March 2026: two working days
        assertThat(GridKt._getFormattedRow(queue, 0)).anySatisfy(c -> assertThat(c).isEqualTo("Väntar på att visas"));
        assertThat(((com.vaadin.flow.component.html.Span) GridKt._getCellComponent(queue, 0, "due")).getText())
                .isEqualTo("onsdag 4 mars 2026 – snart försenat");

        _click((Button) GridKt._getCellComponent(queue, 0, "action"));
        assertThat(pageText()).contains("Bra förslag, bänkarna behövs.", "Skriven av Gun");
        _click(_get(Button.class, s -> s.withId("comment-approve")));
        assertThat(pageText()).contains("Kommentaren visas.");
        assertThat(GridKt._size(queue)).isOne();
        _click((Button) GridKt._getCellComponent(queue, 0, "action"));
        @SuppressWarnings("unchecked")
        ComboBox<Object> ground = _get(ComboBox.class, s -> s.withId("comment-ground"));
        _click(_get(Button.class, s -> s.withId("comment-remove")));
        assertThat(ground.isInvalid()).as("a ground is required").isTrue();
        assertThat(ground.getErrorMessage()).isEqualTo("Välj ett skäl.");
        ground.setValue(ground.getListDataView().getItems().filter(g -> g.toString().contains("PERSONAL_DATA"))
                .findFirst().orElseThrow());
        _click(_get(Button.class, s -> s.withId("comment-remove")));
        assertThat(GridKt._size(queue)).isZero();

        UI.getCurrent().navigate("forslag/" + reference);
        assertThat(pageText()).contains("Kommentarer (1)", "Gun", "Bra förslag, bänkarna behövs.",
                "Kommentaren är borttagen: Personuppgifter").doesNotContain("070-123");
        var removed = mail.letterTo(ProposalFixtures.AUTHOR_EMAIL, "Vi har tagit bort din kommentar");
        assertThat(removed.text()).contains("Skälet är: Personuppgifter", "Du skrev: ”Ring mig på 070-123 45 67.”",
                "Skriv gärna kommentaren igen utan de uppgifterna.");
        assertThat(jdbc.queryForList("select after_value from audit_event where kind = 'COMMENT' order by id",
                String.class)).containsExactly("visas", "borttagen: PERSONAL_DATA");
    }
}
