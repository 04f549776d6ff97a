package se.huddinge.delaktighet.review.ui;

import com.vaadin.flow.component.grid.Grid;
import java.time.Clock;
import se.huddinge.delaktighet.base.i18n.Dates;
import se.huddinge.delaktighet.proposal.ProposalCaseService;
import se.huddinge.delaktighet.proposal.ProposalCaseService.AuditStep;
import se.huddinge.delaktighet.proposal.ProposalRules;

/** The audit trail of one proposal: when, what, who and why, in words rather than the codes they are kept as. */
class AuditGrid extends Grid<AuditStep> {

    private final ProposalRules rules;

    AuditGrid(java.util.List<AuditStep> steps, ProposalRules rules, Clock clock) {
        this.rules = rules;
        var locale = getLocale();
        addColumn(e -> Dates.dateTime(e.at().atZone(clock.getZone()), locale)).setHeader(getTranslation("case.when"))
                .setAutoWidth(true);
        addColumn(e -> getTranslation("proposal.status." + e.status().name())).setHeader(getTranslation("case.what"))
                .setAutoWidth(true);
        addColumn(this::actor).setHeader(getTranslation("case.who")).setAutoWidth(true);
        addColumn(this::note).setHeader(getTranslation("case.note"));
        setItems(steps);
        setAllRowsVisible(true);
        getElement().setAttribute("aria-label", getTranslation("case.audit"));
    }

    /** The officer's username; the author and the portal itself in words. */
    private String actor(AuditStep e) {
        return switch (e.actor()) {
            case ProposalCaseService.AUTHOR, ProposalCaseService.SYSTEM -> getTranslation("case.actor." + e.actor());
            default -> e.actor();
        };
    }

    /** The ground and the decision by their names; other notes (committee and case number) as kept. */
    private String note(AuditStep e) {
        if (e.note() == null) {
            return "";
        }
        return switch (e.status()) {
            case NOT_PUBLISHED -> rules.ground(e.note()).map(g -> g.name(getLocale())).orElse(e.note());
            case DECIDED -> getTranslation("proposal.decision." + e.note());
            default -> e.note();
        };
    }
}
