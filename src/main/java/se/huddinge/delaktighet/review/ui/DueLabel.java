package se.huddinge.delaktighet.review.ui;

import java.util.Locale;
import java.time.LocalDate;

import com.vaadin.flow.component.html.Span;

import se.huddinge.delaktighet.base.i18n.Dates;
import se.huddinge.delaktighet.proposal.WaitingStep.Urgency;

/** A due date with "overdue" or "due soon" in words (not by colour alone). */
final class DueLabel {

    private DueLabel() {
    }

    static Span of(LocalDate due, Urgency urgency, Locale locale) {
        if (due == null) {
            return new Span("");
        }
        var label = new Span();
        String marker = switch (urgency) {
            case OVERDUE -> " – " + label.getTranslation("queue.overdue");
            case DUE_SOON -> " – " + label.getTranslation("queue.dueSoon");
            default -> "";
        };
        label.setText(Dates.longDate(due, locale) + marker);
        if (urgency == Urgency.OVERDUE || urgency == Urgency.DUE_SOON) {
            label.addClassName("attention");
        }
        return label;
    }
}
