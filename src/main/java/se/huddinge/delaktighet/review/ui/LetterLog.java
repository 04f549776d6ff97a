package se.huddinge.delaktighet.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import java.time.Clock;
import java.time.Duration;
import se.huddinge.delaktighet.base.i18n.Dates;
import se.huddinge.delaktighet.base.ui.ShortPoll;
import se.huddinge.delaktighet.notification.LetterEntry;
import se.huddinge.delaktighet.notification.LetterStatus;
import se.huddinge.delaktighet.notification.Letters;
import se.huddinge.delaktighet.proposal.CaseFile;

/**
 * The letters about one proposal with their delivery state (and a refusal's reason), newest first; officers can send
 * one again. A decision may have written 100,000 letters to supporters, so the log shows the newest {@value #SHOWN} and
 * says how many there are in all ({@link #caption}). A step's letters are written just after it by a listener, so
 * after a step the log watches for them.
 */
class LetterLog extends Grid<LetterEntry> {

    static final int SHOWN = 50;

    private final Letters letters;
    private final CaseFile proposal;
    private final Paragraph caption = new Paragraph();
    private long total;

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
        setAllRowsVisible(true);
        getElement().setAttribute("aria-label", getTranslation("case.letters"));
        refresh();
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
            refresh();
        });
        resend.getElement().setAttribute("aria-label", getTranslation("case.resend") + ": " + l.subject());
        resend.setEnabled(l.mayResend());
        return resend;
    }

    /** Says how many letters there are when the log shows only the newest of them; empty otherwise. */
    Paragraph caption() {
        return caption;
    }

    private void refresh() {
        show(letters.aboutProposal(proposal.id(), proposal.reference(), SHOWN));
    }

    private void show(Letters.Page page) {
        total = page.total();
        setItems(page.newest());
        caption.setText(total > page.newest().size()
                ? getTranslation("case.lettersNewest", page.newest().size(), total) : "");
        caption.setVisible(total > page.newest().size());
    }

    /** Shows the letters a step has just caused when they land (polled for a short while). */
    void showNewLettersWhenWritten() {
        long before = total;
        ShortPoll.until(this, Duration.ofSeconds(1), 15, () -> {
            var now = letters.aboutProposal(proposal.id(), proposal.reference(), SHOWN);
            if (now.total() != total) {
                show(now);
            }
            return now.total() > before;
        });
    }
}
