package se.huddinge.delaktighet.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.huddinge.delaktighet.base.form.InvalidInput;
import se.huddinge.delaktighet.proposal.ProposalForm.NewAttachment;

/** Attachments are checked by content and size; titles like the one being typed are found. */
class AttachmentsAndSimilarTitlesTest extends ProposalServiceTestBase {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    private static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n1 0 obj<<>>endobj\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);


    private ProposalForm with(List<NewAttachment> files) {
        var f = Proposals.form("Bilder på platsen");
        return new ProposalForm(f.title(), f.text(), f.district(), f.category(), f.name(), f.email(), true, true, files);
    }

    private Map<String, String> problems(List<NewAttachment> files) {
        try {
            service.submit(with(files), Locale.of("sv"));
        } catch (InvalidInput e) {
            return e.problems();
        }
        return Map.of();
    }

    @Test
    void images_and_pdfs_are_kept_and_offered_once_the_proposal_is_public() {
        long id = service.submit(with(List.of(new NewAttachment("plats.png", PNG), new NewAttachment("karta.pdf", PDF))),
                Locale.of("sv"));
        assertThat(jdbc.queryForList("select content_type from proposal_attachment where proposal_id = ? order by id",
                String.class, id)).containsExactly("image/png", "application/pdf");
        var infos = reads.attachments(id);
        assertThat(reads.publicAttachment(id, infos.getFirst().id())).as("not before it is public").isEmpty();

        var proposals = new Proposals(service, cases, events);
        service.confirm(proposals.confirmToken(id));
        Proposals.asOfficer(() -> cases.publish(id, cases.get(id).version()));
        assertThat(reads.publicAttachment(id, infos.getFirst().id())).hasValueSatisfying(b -> assertThat(b).isEqualTo(PNG));
    }

    @Test
    void a_file_is_judged_by_its_content_not_its_name_and_nothing_is_saved() {
        var script = "<script>alert(1)</script>".getBytes();
        assertThat(problems(List.of(new NewAttachment("bild.png", script)))).containsEntry("attachments", "fileType");
        assertThat(problems(List.of(new NewAttachment("program.exe", new byte[]{'M', 'Z', 0, 0}))))
                .containsEntry("attachments", "fileType");
        assertThat(jdbc.queryForObject("select count(*) from proposal", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from proposal_attachment", Integer.class)).isZero();
    }

    @Test
    void at_most_three_files_of_at_most_5_mb() {
        byte[] big = Arrays.copyOf(PNG, 5 * 1024 * 1024 + 1);
        assertThat(problems(List.of(new NewAttachment("stor.png", big)))).containsEntry("attachments", "tooLarge");
        var four = List.of(new NewAttachment("1.png", PNG), new NewAttachment("2.png", PNG),
                new NewAttachment("3.png", PNG), new NewAttachment("4.png", PNG));
        assertThat(problems(four)).containsEntry("attachments", "tooMany");
        assertThat(problems(four.subList(0, 3))).isEmpty();
    }

    @Test
    void proposals_with_similar_titles_are_found_while_typing() {
        var proposals = new Proposals(service, cases, events);
        var benches = proposals.published("Fler parkbänkar vid Trehörningen");
        proposals.published("Belysning på gångvägen i Skogås");
        proposals.inModeration("Parkbänkar i moderering syns inte");

        assertThat(reads.similarTitles("parkbänkar")).extracting(PublicProposal::reference)
                .containsExactly(benches.reference());
        assertThat(reads.similarTitles("Bänk")).as("too short to search").isEmpty();
        assertThat(reads.similarTitles("+\"-*@<>()~")).as("full-text operators are harmless").isEmpty();
    }
}
