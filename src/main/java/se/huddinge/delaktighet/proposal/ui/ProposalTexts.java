package se.huddinge.delaktighet.proposal.ui;

import com.vaadin.flow.component.Component;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import se.huddinge.delaktighet.proposal.ProposalRules;
import se.huddinge.delaktighet.proposal.ProposalStatus;
import se.huddinge.delaktighet.proposal.PublicProposal;

/** Words about a proposal that several views use: status names, category names, days left. */
final class ProposalTexts {

    private ProposalTexts() {
    }

    static String status(Component c, ProposalStatus status) {
        return c.getTranslation("proposal.status." + status.name());
    }

    static String category(ProposalRules rules, String code, Locale locale) {
        return rules.category(code).map(n -> n.name(locale)).orElse(code);
    }

    /** "23 dagar kvar" while open; empty otherwise. */
    static String daysLeft(Component c, PublicProposal p, Clock clock) {
        var days = p.supportDaysLeft(clock);
        return days.isPresent() ? c.getTranslation("proposal.daysLeft", days.getAsLong()) : "";
    }
}
