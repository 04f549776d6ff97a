package se.huddinge.delaktighet.proposal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import se.huddinge.delaktighet.base.Rows;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import java.time.Clock;
import se.huddinge.delaktighet.proposal.internal.Attachment;
import se.huddinge.delaktighet.proposal.internal.AttachmentRepository;
import se.huddinge.delaktighet.proposal.internal.ProposalRepository;
import se.huddinge.delaktighet.proposal.internal.TimelineRepository;

/**
 * What anyone may read about proposals: the list, a proposal's page, its public timeline and attachments, similar
 * titles while typing. Never a name or an address; a proposal that is not public shows its number and state only.
 */
@Service
public class ProposalReads {

    private final ProposalRepository proposals;
    private final AttachmentRepository attachments;
    private final TimelineRepository timeline;
    private final Clock clock;

    ProposalReads(ProposalRepository proposals, AttachmentRepository attachments, TimelineRepository timeline,
                  Clock clock) {
        this.proposals = proposals;
        this.attachments = attachments;
        this.timeline = timeline;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<PublicProposal> similarTitles(String title) {
        if (title == null || title.strip().length() < 4) {
            return List.of();
        }
        Instant now = clock.instant();
        return proposals.findSimilarTitles(title.strip()).stream().map(p -> PublicProposal.of(p, now)).toList();
    }

    @Transactional(readOnly = true)
    public Page<PublicProposal> search(ProposalFilter filter, Pageable page) {
        Instant now = clock.instant();
        return proposals.findAll(ProposalSearch.of(filter, now), ProposalSearch.pageable(filter, page))
                .map(p -> PublicProposal.of(p, now));
    }

    @Transactional(readOnly = true)
    public Optional<PublicProposal> findPublic(String reference) {
        Instant now = clock.instant();
        return proposals.findByReference(reference).filter(p -> p.getStatus().isPublic())
                .map(p -> PublicProposal.of(p, now));
    }

    /** How many proposals anyone may read. */
    @Transactional(readOnly = true)
    public long countPublic() {
        return proposals.countByStatusIn(ProposalStatus.PUBLIC);
    }

    /**
     * The numbers of the proposals anyone may read and when each took its latest step, oldest first, from
     * {@code offset} (the sitemap); only the public states, so nothing in moderation, not published or withdrawn.
     */
    @Transactional(readOnly = true)
    public List<PublicAddress> publicAddresses(long offset, int limit) {
        return proposals.findReferencesByStatusIn(ProposalStatus.PUBLIC, new Rows(offset, limit, Sort.unsorted()))
                .stream().map(r -> new PublicAddress(r.getReference(), r.getChangedAt())).toList();
    }

    /** A public proposal's number and the time of its latest step. */
    public record PublicAddress(String reference, Instant changedAt) {
    }

    /** Whether a proposal has this number: its page shows it in full or, when it is not public, its state. */
    @Transactional(readOnly = true)
    public boolean exists(String reference) {
        return proposals.findByReference(reference).isPresent();
    }

    /**
     * The status of a proposal that is not public (in moderation, not published, withdrawn): its number, state
     * and due date only, so the link in the author's receipt always leads somewhere, without publishing the text.
     */
    @Transactional(readOnly = true)
    public Optional<StatusOnly> statusOnly(String reference) {
        return proposals.findByReference(reference).filter(p -> !p.getStatus().isPublic())
                .map(StatusOnly::of);
    }

    /** What anyone may see of a proposal that is not public. */
    public record StatusOnly(String reference, ProposalStatus status, LocalDate moderationDue) {

        static StatusOnly of(Proposal p) {
            return new StatusOnly(p.getReference(), p.getStatus(), p.getModerationDue());
        }
    }

    /** The dated public timeline; who did each step is not public. */
    @Transactional(readOnly = true)
    public List<PublicStep> publicTimeline(long proposalId) {
        return timeline.findByProposalIdOrderByAtAscIdAsc(proposalId).stream()
                .map(e -> new PublicStep(e.getAt(), e.getStatus(), e.getNote())).toList();
    }

    /** A step as anyone may see it. */
    public record PublicStep(Instant at, ProposalStatus status, String note) {
    }

    @Transactional(readOnly = true)
    public List<AttachmentRepositoryInfo> attachments(long proposalId) {
        return attachments.findInfoByProposalId(proposalId).stream()
                .map(i -> new AttachmentRepositoryInfo(i.id(), i.fileName(), i.contentType(), i.size())).toList();
    }

    /** An attachment's name, type and size. */
    public record AttachmentRepositoryInfo(long id, String fileName, String contentType, long size) {
    }

    /** The bytes of an attachment of a public proposal. */
    @Transactional(readOnly = true)
    public Optional<byte[]> publicAttachment(long proposalId, long attachmentId) {
        return proposals.findById(proposalId).filter(p -> p.getStatus().isPublic())
                .flatMap(p -> attachments.findById(attachmentId))
                .filter(a -> a.getProposalId() == proposalId)
                .map(Attachment::getData);
    }
}
