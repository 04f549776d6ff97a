package se.huddinge.delaktighet.proposal;

/** What the committee decided on a referred proposal. */
public enum Decision {
    /** Bifall: approved. */
    BIFALL,
    /** Avslag: rejected. */
    AVSLAG,
    /** Besvarad: answered (the matter is already handled or will be in another way). */
    BESVARAD
}
