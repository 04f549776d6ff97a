package se.huddinge.delaktighet.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.huddinge.delaktighet.base.LetterLinks;
import se.huddinge.delaktighet.base.PostalAddress;
import se.huddinge.delaktighet.notification.internal.LetterRepository;
import se.huddinge.delaktighet.security.StaffRole;

/**
 * The letters by post (DD40): every letter to a resident without e-mail is written to the outbox like any other, in
 * the same transaction as its cause, with the status {@link LetterStatus#TO_PRINT}, which SMTP delivery never takes.
 * Officers empty the queue daily: one PDF of every letter that is due (the outbox's due time, as for e-mail), then
 * they mark those printed, which marks them sent. A letter's one-time links get their tokens when it is printed, as
 * an e-mail's get theirs when it leaves (DD13); printing again mints afresh.
 */
@Service
public class PrintQueue {

    /** A letter waiting to be printed, as the officers' list shows it (the name is personal data: staff only). */
    public record Waiting(long id, Instant createdAt, String template, String subjectRef, String subject,
                          String language, String name) {
    }

    private static final int MAX = 500;

    private final LetterRepository letters;
    private final LetterPdf pdf;
    private final LetterLinks links;
    private final Clock clock;

    PrintQueue(LetterRepository letters, LetterPdf pdf, LetterLinks links, Clock clock) {
        this.letters = letters;
        this.pdf = pdf;
        this.links = links;
        this.clock = clock;
    }

    /** The letters due for printing, oldest first (at most 500: a day's post). */
    @Transactional(readOnly = true)
    @PreAuthorize(StaffRole.ACTS_ON_CASES)
    public List<Waiting> waiting() {
        return letters.findToPrint(clock.instant(), Limit.of(MAX)).stream()
                .map(l -> new Waiting(l.getId(), l.getCreatedAt(), l.getTemplate(), l.getSubjectRef(), l.getSubject(),
                        l.getLanguage(), PostalAddress.fromRecipient(l.getRecipient()).map(PostalAddress::name)
                        .orElse("")))
                .toList();
    }

    /** One PDF of these letters, each on its own pages, in the given order; letters no longer waiting are left out. */
    @Transactional
    @PreAuthorize(StaffRole.ACTS_ON_CASES)
    public byte[] pdf(List<Long> ids) {
        var byId = new java.util.HashMap<Long, Letter>();
        letters.findAllById(ids).forEach(l -> byId.put(l.getId(), l));
        var pages = ids.stream().map(byId::get)
                .filter(l -> l != null && l.getStatus() == LetterStatus.TO_PRINT && !l.isContentDeleted())
                .map(this::page).toList();
        return pdf.print(pages);
    }

    /** The officer printed these letters and put them in the post: they are sent. Returns how many were waiting. */
    @Transactional
    @PreAuthorize(StaffRole.ACTS_ON_CASES)
    public int markPrinted(Collection<Long> ids) {
        Instant now = clock.instant();
        int n = 0;
        for (Letter l : letters.findAllById(ids)) {
            if (l.getStatus() == LetterStatus.TO_PRINT) {
                l.printed(now);
                n++;
            }
        }
        return n;
    }

    private LetterPdf.Page page(Letter l) {
        String text = links.fill(l.getLinkKey(), l.getLinks(), l.getBodyText()).getFirst();
        return new LetterPdf.Page(PostalAddress.fromRecipient(l.getRecipient()).orElseThrow(),
                Locale.forLanguageTag(l.getLanguage()), LocalDate.ofInstant(l.getCreatedAt(), clock.getZone()),
                l.getSubject(), text);
    }
}
