package se.huddinge.delaktighet.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.notification.Notification;
import java.time.Clock;
import java.time.Duration;
import se.huddinge.delaktighet.base.i18n.Dates;
import se.huddinge.delaktighet.base.ui.PagedRows;
import se.huddinge.delaktighet.base.ui.ShortPoll;
import se.huddinge.delaktighet.notification.LetterEntry;
import se.huddinge.delaktighet.notification.LetterStatus;
import se.huddinge.delaktighet.notification.Letters;
import se.huddinge.delaktighet.proposal.CaseFile;

/**
 * Every letter about one proposal with its delivery state (and a refusal's reason); officers can send one again.
 * A step's letters are written just after it by a listener, so after a step the log watches for them. A proposal
 * may have thousands of letters (anyone can ask for a support link): the log reads them a page at a time.
 */
class LetterLog extends Grid<LetterEntry> {

    private final Letters letters;
    private final CaseFile proposal;
    private final PagedRows<LetterEntry> rows;

    LetterLog(CaseFile proposal, Letters letters, Clock clock, boolean mayResend) {
        this.letters = letters;
        this.proposal = proposal;
        var locale = getLocale();
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(l -> Dates.dateTime(l.createdAt().atZone(clock.getZone()), locale))
                .setHeader(getTranslation("review.letter.created")).setAutoWidth(true);
        addColumn(l -> recipient(this, l)).setHeader(getTranslation("review.letter.to")).setAutoWidth(true);
        addColumn(LetterEntry::subject).setHeader(getTranslation("review.letter.subject")).setWidth("16rem")
                .setFlexGrow(3).setTooltipGenerator(LetterEntry::subject);
        addColumn(l -> getTranslation("letter.status." + l.status().name())
                        + (l.status() == LetterStatus.FAILED && l.lastError() != null ? ": " + l.lastError() : "")
                        + (l.contentDeleted() ? " (" + getTranslation("letter.contentDeleted") + ")" : ""))
                .setHeader(getTranslation("review.letter.status")).setAutoWidth(true);
        if (mayResend) {
            addComponentColumn(this::resendButton).setHeader(getTranslation("case.letterAction")).setKey("resend")
                    .setAutoWidth(true);
        }
        getElement().setAttribute("aria-label", getTranslation("case.letters"));
        rows = PagedRows.of(this, (offset, limit) -> letters.aboutProposal(proposal.id(), proposal.reference(), offset,
                limit), () -> letters.countAboutProposal(proposal.id(), proposal.reference()));
    }

    /** The recipient's address, or who it was when the reader may not see addresses (a committee member). */
    static String recipient(com.vaadin.flow.component.Component in, LetterEntry l) {
        return !l.recipientHidden() ? l.recipient()
                : in.getTranslation(l.toSupporter() ? "letter.recipient.supporter" : "letter.recipient.resident");
    }

    private Button resendButton(LetterEntry l) {
        var resend = new Button(getTranslation("case.resend"), e -> {
            letters.resend(l.id());
            Notification.show(getTranslation("case.resent", l.recipient()));
            rows.refresh();
        });
        resend.getElement().setAttribute("aria-label", getTranslation("case.resend") + ": " + l.subject());
        resend.setEnabled(l.mayResend());
        return resend;
    }

    /** Shows the letters a step has just caused when they land (polled for a short while). */
    void showNewLettersWhenWritten() {
        int shown = rows.count();
        ShortPoll.until(this, Duration.ofSeconds(1), 15, () -> {
            int now = letters.countAboutProposal(proposal.id(), proposal.reference());
            if (now != rows.count()) {
                rows.refresh();
            }
            return now > shown;
        });
    }
}
