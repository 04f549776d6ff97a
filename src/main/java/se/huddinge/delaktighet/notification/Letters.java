package se.huddinge.delaktighet.notification;

import se.huddinge.delaktighet.security.StaffRole;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import se.huddinge.delaktighet.base.PortalSettings;
import se.huddinge.delaktighet.notification.internal.LetterRepository;

/**
 * The outbox: writes letters and lets staff read and resend them. Writing happens inside the caller's
 * transaction (an event listener's), so a letter exists exactly when its cause does; delivery starts after that
 * transaction commits and is retried by {@link LetterDispatcher}.
 */
@Service
public class Letters {

    private static final Logger log = LoggerFactory.getLogger(Letters.class);

    private final LetterRepository letters;
    private final LetterRenderer renderer;
    private final LetterDispatcher dispatcher;
    private final PortalSettings settings;
    private final Clock clock;

    Letters(LetterRepository letters, LetterRenderer renderer, LetterDispatcher dispatcher, PortalSettings settings,
            Clock clock) {
        this.letters = letters;
        this.renderer = renderer;
        this.dispatcher = dispatcher;
        this.settings = settings;
        this.clock = clock;
    }

    /** Writes the letter unless one with the same key exists; sends it once the transaction commits. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Letter write(LetterRequest request) {
        return letters.findByDedupKey(request.dedupKey()).orElseGet(() -> {
            Letter letter = insert(request);
            long id = letter.getId();
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    dispatcher.sendSoon(id);
                }
            });
            return letter;
        });
    }

    /**
     * Writes the letter unless one with the same key exists, and leaves sending it to the caller: a batch of letters
     * to subscribers ({@link SubscriberLetters}) is sent together once the batch commits, instead of each letter
     * starting its own delivery. Returns the letter's id.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    long writeInBatch(LetterRequest request) {
        return letters.findByDedupKey(request.dedupKey()).orElseGet(() -> insert(request)).getId();
    }

    private Letter insert(LetterRequest request) {
        var content = renderer.render(request.template(), request.locale(), request.model());
        String messageId = "<" + UUID.randomUUID() + "@" + settings.baseUrl().getHost() + ">";
        try {
            return letters.saveAndFlush(new Letter(request.dedupKey(), request.template(), request.subjectRef(),
                    request.recipient(), request.locale(), content, messageId, clock.instant()));
        } catch (DataIntegrityViolationException e) {
            // written at the same instant by a replay of the same event elsewhere: that one goes out
            log.info("Letter {} already written", request.dedupKey());
            throw e;
        }
    }

    @Transactional(readOnly = true)
    @PreAuthorize(StaffRole.IS_STAFF)
    public List<Letter> about(String subjectRef) {
        return letters.findBySubjectRefOrderByCreatedAtDesc(subjectRef);
    }

    /** What a letter about a proposal is filed under: its number, or before it has one, its id. */
    static String proposalRef(long proposalId, String reference) {
        return reference != null ? reference : "HF-unconfirmed-" + proposalId;
    }

    /** Every letter about a proposal, newest first, including those written before it had its number. */
    @Transactional(readOnly = true)
    @PreAuthorize(StaffRole.IS_STAFF)
    public List<LetterEntry> aboutProposal(long proposalId, String reference) {
        var all = new java.util.ArrayList<Letter>();
        if (reference != null) {
            all.addAll(letters.findBySubjectRefOrderByCreatedAtDesc(reference));
        }
        all.addAll(letters.findBySubjectRefOrderByCreatedAtDesc(proposalRef(proposalId, null)));
        return all.stream().map(LetterEntry::of).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(StaffRole.IS_STAFF)
    public List<LetterEntry> latest(int count) {
        return letters.findAllByOrderByCreatedAtDesc(Limit.of(count)).stream().map(LetterEntry::of).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(StaffRole.IS_STAFF)
    public long countFailed() {
        return letters.countByStatus(LetterStatus.FAILED);
    }

    /** Puts a letter back in the queue, e.g. after a permanent failure that has been fixed. */
    @Transactional
    @PreAuthorize(StaffRole.ACTS_ON_CASES)
    public void resend(long letterId) {
        Letter letter = letters.findById(letterId).orElseThrow();
        if (letter.isContentDeleted()) {
            throw new IllegalStateException("The text of letter " + letterId + " is deleted: it cannot be sent again");
        }
        letter.resend(clock.instant());
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                dispatcher.sendSoon(letterId);
            }
        });
    }
}
