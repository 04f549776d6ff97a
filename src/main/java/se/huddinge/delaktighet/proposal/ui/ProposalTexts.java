package se.huddinge.delaktighet.proposal.ui;

import com.vaadin.flow.component.Component;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import se.huddinge.delaktighet.base.i18n.Texts;
import se.huddinge.delaktighet.base.i18n.Dates;
import se.huddinge.delaktighet.proposal.ProposalReads;
import se.huddinge.delaktighet.proposal.ProposalRules;
import se.huddinge.delaktighet.proposal.ProposalStatus;
import se.huddinge.delaktighet.proposal.PublicProposal;

/** Words about a proposal that several views use: status names, category names, days left. */
final class ProposalTexts {

    private ProposalTexts() {
    }

    static String status(Component c, ProposalStatus status) {
        return status(c::getTranslation, status);
    }

    static String status(Texts t, ProposalStatus status) {
        return t.get("proposal.status." + status.name());
    }

    static String category(ProposalRules rules, String code, Locale locale) {
        return rules.category(code).map(n -> n.name(locale)).orElse(code);
    }

    /** "23 dagar kvar" while open; empty otherwise. */
    static String daysLeft(Texts t, PublicProposal p, Clock clock) {
        var days = p.supportDaysLeft(clock);
        return days.isPresent() ? t.get("proposal.daysLeft", days.getAsLong()) : "";
    }

    /** What the page of a proposal that is not public says about its state. */
    static String statusOnly(Texts t, ProposalReads.StatusOnly s, Locale locale) {
        String key = "proposal.statusOnly." + s.status().name();
        return s.status() == ProposalStatus.IN_MODERATION && s.moderationDue() != null
                ? t.get(key, Dates.longDate(s.moderationDue(), locale)) : t.get(key);
    }
}
