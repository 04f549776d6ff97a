package se.huddinge.delaktighet.review;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import se.huddinge.delaktighet.proposal.ProposalFixtures;
import se.huddinge.delaktighet.proposal.ProposalTestBase;
import se.huddinge.delaktighet.reporting.AuditTrail;
import se.huddinge.delaktighet.security.StaffAccountService;
import se.huddinge.delaktighet.security.StaffRole;

/** Each role sees what it may in Granskning and no more; anonymous visitors reach none of it. */
class ReviewRolesTest extends ProposalTestBase {

    /** Every page of Granskning and its heading. */
    static final Map<String, String> PAGES = Map.of(
            "granskning", "Granskning",
            "granskning/forslag", "Förslag att handlägga",
            "granskning/lista", "Alla förslag",
            "granskning/nomineringar", "Alla nomineringar",
            "granskning/under-grans", "Förslag som stängde under gränsen",
            "granskning/statistik", "Statistik",
            "granskning/uppfoljning", "Årsuppföljning av Huddingeförslag",
            "granskning/arende", "Ärende till beredningen",
            "granskning/logg", "Logg över beslut och ändringar");

    @Autowired
    AuditTrail trail;
    @Autowired
    StaffAccountService accounts;

    @Test
    void an_anonymous_visitor_is_asked_to_sign_in_on_every_page() {
        for (String path : PAGES.keySet()) {
            UI.getCurrent().navigate(path);
            assertThat(_get(H1.class).getText()).as(path).isEqualTo("Inloggning för personal");
        }
    }

    @Test
    void a_committee_member_reads_the_review_but_not_the_log_and_cannot_edit_templates_accounts_or_cases() {
        long id = given.inModeration(BENCHES);
        login("ledamot", "COMMITTEE");

        PAGES.forEach((path, heading) -> {
            if (!path.equals("granskning/logg")) {
                UI.getCurrent().navigate(path);
                assertThat(_get(H1.class).getText()).as(path).isEqualTo(heading);
            }
        });
        assertThat(_find(Anchor.class).stream().map(Anchor::getText)).doesNotContain("Logg över beslut och ändringar");
        for (String path : List.of("granskning/logg", "admin/brevmallar", "admin/konton")) {
            assertThatThrownBy(() -> UI.getCurrent().navigate(path)).as(path)
                    .isInstanceOf(MockAccessDeniedException.class);
        }
        assertThatThrownBy(() -> ProposalFixtures.as("ledamot", () -> cases.publish(id, given.version(id)),
                "COMMITTEE")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_officer_cannot_read_the_audit_log() {
        login(OFFICER, "OFFICER");

        assertThatThrownBy(() -> UI.getCurrent().navigate("granskning/logg")).isInstanceOf(MockAccessDeniedException.class);
        assertThatThrownBy(() -> ProposalFixtures.as(OFFICER, () -> trail.count(new AuditTrail.Filter(null, null, null,
                null)), "OFFICER")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_administrator_reads_who_decided_what_and_who_changed_an_account() {
        long published = given.published(BENCHES);
        ProposalFixtures.as("admin", () -> {
            var account = accounts.create(new StaffAccountService.NewAccount("vikarie", "Vera Vikarie",
                    "vera@huddinge.se", "rostiga-kompasser-sjunger", Set.of(StaffRole.OFFICER)));
            accounts.setEnabled(account.getId(), false);
            return null;
        }, "ADMIN");
        login("admin", "ADMIN", "OFFICER");

        UI.getCurrent().navigate("granskning/logg");

        var rows = rows();
        assertThat(rows).anySatisfy(r -> assertThat(r).contains(OFFICER,
                "Beslut om förslag: " + given.reference(published), "Granskas", "Öppet för stöd"));
        assertThat(rows).anySatisfy(r -> assertThat(r).contains("admin", "Konto: vikarie", "Aktivt", "Avstängt"));
        assertThat(rows).anySatisfy(r -> assertThat(r).contains("admin", "Konto: vikarie", "Skapat: [OFFICER]"));

        _setValue(kindFilter(), AuditTrail.Kind.ACCOUNT);
        assertThat(rows()).hasSize(2).allSatisfy(r -> assertThat(r).contains("Konto: vikarie"));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<AuditTrail.Kind> kindFilter() {
        return _get(ComboBox.class, spec -> spec.withLabel("Slag"));
    }

    @SuppressWarnings("unchecked")
    private static List<List<String>> rows() {
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("audit"));
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._getFormattedRow(grid, i)).toList();
    }
}
