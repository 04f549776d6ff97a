package se.huddinge.delaktighet.base;

/**
 * How a proposal or a support reached the portal: on the web (the resident did it themselves), or registered by an
 * officer on the resident's behalf from a paper form, a phone call or a visit to the service centre (DD40).
 */
public enum Channel {
    WEB, PAPER, PHONE, SERVICE_CENTRE;

    /** The channels an officer registers on a resident's behalf. */
    public static final java.util.List<Channel> ASSISTED = java.util.List.of(PAPER, PHONE, SERVICE_CENTRE);

    /** The lower-case name the open data and the follow-up's CSV use, e.g. {@code service_centre}. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
