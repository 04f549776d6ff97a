package se.huddinge.delaktighet.proposal.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AttachmentRepository extends JpaRepository<Attachment, Long> {

    @Query("select new se.huddinge.delaktighet.proposal.internal.AttachmentRepository$Info(a.id, a.fileName, a.contentType, a.size) "
            + "from Attachment a where a.proposalId = :proposalId order by a.id")
    List<Info> findInfoByProposalId(Long proposalId);

    /** What a page shows of an attachment, without its bytes. */
    record Info(Long id, String fileName, String contentType, long size) {
    }
}
