package se.huddinge.delaktighet.review.ui;

import java.time.LocalDate;
import se.huddinge.delaktighet.proposal.Proposal;
import se.huddinge.delaktighet.proposal.ProposalEvents.Step;

/** The due date a proposal is waiting for, whichever step that is. */
final class ServiceLevelDates {

    private ServiceLevelDates() {
    }

    static LocalDate due(Proposal p) {
        for (Step step : Step.values()) {
            LocalDate due = p.dueDate(step);
            if (due != null) {
                return due;
            }
        }
        return null;
    }
}
