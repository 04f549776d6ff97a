package se.huddinge.delaktighet.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import se.huddinge.delaktighet.base.i18n.PortalI18n;

/**
 * A letter's template and its partials are looked up and parsed once, not for every letter; when the edits change,
 * the next letter reads the new text (DD33).
 */
class ParsedOnceTest {

    private final Map<String, String> edits = new HashMap<>();
    private final Map<String, Integer> lookups = new HashMap<>();
    private final AtomicLong version = new AtomicLong(1);
    private final LetterRenderer renderer = new LetterRenderer(ProposalLetterTemplatesTest.settings(), name -> {
        lookups.merge(name, 1, Integer::sum);
        return Optional.ofNullable(edits.get(name));
    }, version::get);

    @Test
    void the_template_and_its_partial_are_looked_up_once_for_many_letters() {
        for (int i = 0; i < 5; i++) {
            assertThat(renderer.render("proposal-receipt", PortalI18n.SWEDISH, ProposalLetterTemplatesTest.model("BIFALL"))
                    .subject()).isEqualTo("Vi har tagit emot ditt förslag HF-2026-0042");
        }
        assertThat(lookups).containsEntry("proposal-receipt_sv", 1).containsEntry("_help_sv", 1);
    }

    @Test
    void an_edit_counts_from_the_next_letter_once_the_edits_version_changed() {
        renderer.render("proposal-receipt", PortalI18n.SWEDISH, ProposalLetterTemplatesTest.model("BIFALL"));
        edits.put("proposal-receipt_sv", "Subject: Tack för ditt förslag [(${reference})]\n\nVi läser det.\n");

        assertThat(renderer.render("proposal-receipt", PortalI18n.SWEDISH, ProposalLetterTemplatesTest.model("BIFALL"))
                .subject()).as("the same version: the kept parse").startsWith("Vi har tagit emot");
        version.incrementAndGet();
        var letter = renderer.render("proposal-receipt", PortalI18n.SWEDISH, ProposalLetterTemplatesTest.model("BIFALL"));
        assertThat(List.of(letter.subject(), letter.text().strip()))
                .containsExactly("Tack för ditt förslag HF-2026-0042", "Vi läser det.");
    }
}
