package se.huddinge.delaktighet.proposal.internal;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** An image or PDF that belongs to a proposal, kept in the database. Its type was checked by content. */
@Entity
@Table(name = "proposal_attachment")
public class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "proposal_id", nullable = false, updatable = false)
    private Long proposalId;

    @Column(name = "file_name", nullable = false, updatable = false, length = 255)
    private String fileName;

    @Column(name = "content_type", nullable = false, updatable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false, columnDefinition = "LONGBLOB")
    private byte[] data;

    protected Attachment() {
    }

    public Attachment(Long proposalId, String fileName, String contentType, byte[] data) {
        this.proposalId = proposalId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = data.length;
        this.data = data;
    }

    public Long getId() { return id; }
    public Long getProposalId() { return proposalId; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public long getSize() { return size; }
    public byte[] getData() { return data; }
}
