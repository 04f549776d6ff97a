package se.huddinge.delaktighet.proposal.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import se.huddinge.delaktighet.base.Channel;

/**
 * How a proposal or a support came in (DD40): on the web, or registered by an officer on the resident's behalf, with how the
 * officer identified the resident (as noted; personal data, staff only), when the resident consented and who
 * registered it. Part of a proposal's and a support's row.
 */
@Embeddable
public class OnBehalf {

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 16, updatable = false)
    private Channel channel = Channel.WEB;
    @Column(name = "identified_by", length = 200)
    private String identifiedBy;
    @Column(name = "consent_at")
    private Instant consentAt;
    @Column(name = "registered_by", length = 64, updatable = false)
    private String registeredBy;

    /** Came in on the web. */
    public OnBehalf() {
    }

    public OnBehalf(Channel channel, String identifiedBy, String registeredBy, Instant consentAt) {
        this.channel = channel;
        this.identifiedBy = identifiedBy;
        this.registeredBy = registeredBy;
        this.consentAt = consentAt;
    }
}
