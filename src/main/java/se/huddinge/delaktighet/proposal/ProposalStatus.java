package se.huddinge.delaktighet.proposal;

import java.util.EnumSet;
import java.util.Set;

/** Where a proposal is in its life (docs/design.md, "Huddingeförslag"). */
public enum ProposalStatus {
    /** Sent, waiting for the author to follow the e-mailed link. Not counted, not shown. */
    SUBMITTED,
    /** The e-mail is proven; officers decide whether to publish. */
    IN_MODERATION,
    /** Public and open for support. */
    PUBLISHED,
    /** Not published, on one of the standard grounds. */
    NOT_PUBLISHED,
    /** The support period ended below the threshold; stays listed so politicians may pick it up. */
    CLOSED_BELOW_THRESHOLD,
    /** Reached the threshold; open for support until its period ends, waiting for referral. */
    THRESHOLD_REACHED,
    /** Handed to a committee (nämnd) with a case number. */
    REFERRED,
    /** The committee decided: bifall, avslag or besvarad. */
    DECIDED,
    /** Withdrawn by the author before referral. */
    WITHDRAWN;

    /** Shown in the public list and on public pages. */
    public static final Set<ProposalStatus> PUBLIC = EnumSet.of(PUBLISHED, CLOSED_BELOW_THRESHOLD, THRESHOLD_REACHED,
            REFERRED, DECIDED);

    /** The author may still withdraw. */
    public static final Set<ProposalStatus> WITHDRAWABLE = EnumSet.of(SUBMITTED, IN_MODERATION, PUBLISHED,
            NOT_PUBLISHED, CLOSED_BELOW_THRESHOLD, THRESHOLD_REACHED);

    public boolean isPublic() {
        return PUBLIC.contains(this);
    }
}
