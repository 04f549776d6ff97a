package se.huddinge.delaktighet.reporting;

import java.util.Set;

import se.huddinge.delaktighet.proposal.ProposalStatus;

/** The steps with a service level: each starts with one transition and ends with one of others. */
public enum ServiceStep {
    MODERATION(ProposalStatus.IN_MODERATION, Set.of(ProposalStatus.PUBLISHED, ProposalStatus.NOT_PUBLISHED)),
    REFERRAL(ProposalStatus.THRESHOLD_REACHED, Set.of(ProposalStatus.REFERRED)),
    DECISION(ProposalStatus.REFERRED, Set.of(ProposalStatus.DECIDED));

    private final ProposalStatus start;
    private final Set<ProposalStatus> ends;

    ServiceStep(ProposalStatus start, Set<ProposalStatus> ends) {
        this.start = start;
        this.ends = ends;
    }

    public ProposalStatus start() {
        return start;
    }

    public Set<ProposalStatus> ends() {
        return ends;
    }
}
