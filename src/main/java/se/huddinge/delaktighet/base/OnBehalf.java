package se.huddinge.delaktighet.base;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/**
 * How a proposal, a support or a nomination came in (DD40, DD42): on the web, or registered by an officer on the
 * resident's behalf, with how the officer identified the resident (as noted; personal data, staff only), when the
 * resident consented and who registered it. Part of a proposal's, a support's and a nomination's row (the same four
 * columns in each table), so every module that takes things on a resident's behalf stores it one way.
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

    /** Registered by {@code registeredBy}; the officer's note is typed text, kept as typed ({@link InputCheck#clean}). */
    public OnBehalf(Channel channel, String identifiedBy, String registeredBy, Instant consentAt) {
        this.channel = channel;
        this.identifiedBy = InputCheck.clean(identifiedBy);
        this.registeredBy = registeredBy;
        this.consentAt = consentAt;
    }

    public Channel channel() {
        return channel;
    }

    /** How the officer identified the person, as noted; null for the web and once forgotten. */
    public String identifiedBy() {
        return identifiedBy;
    }

    /** The officer who registered it; null for the web. */
    public String registeredBy() {
        return registeredBy;
    }

    public Instant consentAt() {
        return consentAt;
    }

    /** Retention: the officer's note about the person goes with the person's name and address. */
    public void forget() {
        identifiedBy = null;
    }
}
