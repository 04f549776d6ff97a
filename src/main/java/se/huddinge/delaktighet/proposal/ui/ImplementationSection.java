package se.huddinge.delaktighet.proposal.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.time.LocalDate;
import se.huddinge.delaktighet.base.i18n.Dates;
import se.huddinge.delaktighet.proposal.ImplementationRecord;
import se.huddinge.delaktighet.proposal.ProposalImplementations;

/**
 * "Efter beslutet" on an approved proposal's public page (DD29): where the work stands (unit, planned date, status,
 * the reason when it will not be done) and each update with its date and note. Notes are shown as typed, as text.
 */
class ImplementationSection extends Div {

    ImplementationSection(long proposalId, ProposalImplementations implementations, Clock clock) {
        setId("implementation");
        var record = implementations.of(proposalId).orElse(null);
        if (record == null) {
            setVisible(false);
            return;
        }
        var locale = getLocale();
        add(new H2(getTranslation("implementation.heading")));
        var now = new Paragraph(getTranslation("implementation.now", status(record.status().name()), record.unit()));
        now.setId("implementation-status");
        now.addClassName("status-line");
        add(now);
        if (record.status().isOpen()) {
            add(new Paragraph(getTranslation("implementation.planned",
                    Dates.longDate(record.plannedDate(), locale))));
        }
        if (record.reason() != null) {
            var reason = new Paragraph(getTranslation("implementation.reason") + " ");
            reason.add(new Span(record.reason()));
            add(reason);
        }
        var steps = new OrderedList();
        steps.addClassName("timeline");
        steps.setId("implementation-timeline");
        for (ImplementationRecord.Step step : record.updates()) {
            LocalDate on = LocalDate.ofInstant(step.at(), clock.getZone());
            var when = new Span(Dates.longDate(on, locale) + ": ");
            when.addClassName("when");
            var item = new ListItem(when, new Span(step.statusChanged()
                    ? getTranslation("implementation.step", status(step.status().name()))
                    : getTranslation("implementation.noteOnly")));
            if (step.note() != null) {
                var note = new Paragraph(step.note());
                note.getElement().setAttribute("dir", "auto");
                item.add(note);
            }
            steps.add(item);
        }
        add(steps);
    }

    private String status(String name) {
        return getTranslation("implementation.status." + name);
    }
}
