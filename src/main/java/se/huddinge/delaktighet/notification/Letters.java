package se.huddinge.delaktighet.notification;

import java.time.Clock;
import java.util.List;
import java.util.Map;
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
import se.huddinge.delaktighet.base.PostalAddress;
import se.huddinge.delaktighet.base.Rows;
import se.huddinge.delaktighet.notification.internal.LetterRepository;
import se.huddinge.delaktighet.security.SignedIn;
import se.huddinge.delaktighet.security.StaffRole;

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
    private final SignedIn signedIn;
    private final Clock clock;

    Letters(LetterRepository letters, LetterRenderer renderer, LetterDispatcher dispatcher, PortalSettings settings,
            SignedIn signedIn, Clock clock) {
        this.letters = letters;
        this.renderer = renderer;
        this.dispatcher = dispatcher;
        this.settings = settings;
        this.signedIn = signedIn;
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
     * Writes a batch of letters, each unless one with the same key exists, and leaves sending them to the caller: a
     * batch of letters to subscribers ({@link SubscriberLetters}) is sent together once it commits, instead of each
     * letter starting its own delivery. Letters that differ only in key and recipient (the same template, language and
     * model) are rendered once, unless they carry one-time links (each letter draws its own marker key, DD20).
     * Returns the letters' ids.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    List<Long> writeBatch(List<LetterRequest> requests) {
        var written = new java.util.HashMap<String, Long>();
        letters.findByDedupKeyIn(requests.stream().map(LetterRequest::dedupKey).toList())
                .forEach(l -> written.put(l.getDedupKey(), l.getId()));
        var rendered = new java.util.HashMap<List<Object>, RenderedLetter>();
        var ids = new java.util.ArrayList<Long>(requests.size());
        for (var request : requests) {
            ids.add(written.computeIfAbsent(request.dedupKey(), key -> {
                var same = List.of(request.template(), request.locale(), request.model(),
                        PostalAddress.isPostal(request.recipient()));
                var content = rendered.get(same);
                if (content == null) {
                    content = render(request);
                    if (content.links().isEmpty()) {
                        rendered.put(same, content);
                    }
                }
                return insert(request, content).getId();
            }));
        }
        return ids;
    }

    private Letter insert(LetterRequest request) {
        return insert(request, render(request));
    }

    private RenderedLetter render(LetterRequest request) {
        return renderer.render(request.template(), request.locale(), withChannel(request));
    }

    /**
     * The request's model with {@link LetterRenderer#BY_POST}: true for a letter to a postal address, which is printed
     * and posted (DD40), so the templates word it as a letter on paper, not an e-mail (DD43).
     */
    static Map<String, Object> withChannel(LetterRequest request) {
        var model = new java.util.HashMap<String, Object>(request.model());
        model.put(LetterRenderer.BY_POST, PostalAddress.isPostal(request.recipient()));
        return model;
    }

    private Letter insert(LetterRequest request, RenderedLetter content) {
        // the same letter written again (a restored database) carries the same Message-ID: recognisable as a repeat
        String messageId = MessageIds.of(request.dedupKey(), request.recipient(), settings.baseUrl().getHost());
        try {
            return letters.saveAndFlush(new Letter(request.dedupKey(), request.template(), request.subjectRef(),
                    request.recipient(), request.locale(), content, messageId, clock.instant()));
        } catch (DataIntegrityViolationException e) {
            // written at the same instant by a replay of the same event elsewhere: that one goes out
            log.info("Letter {} already written", request.dedupKey());
            throw e;
        }
    }

    /** What a letter about a proposal is filed under: its number, or before it has one, its id. */
    static String proposalRef(long proposalId, String reference) {
        return reference != null ? reference : "HF-unconfirmed-" + proposalId;
    }

    /**
     * A page of the letters about a proposal, newest first, including those written before it had its number: a
     * proposal may have thousands (anyone can ask for a support link), so its case page reads them a page at a time.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(StaffRole.IS_STAFF)
    public List<LetterEntry> aboutProposal(long proposalId, String reference, int offset, int limit) {
        return letters.findAbout(proposalRefs(proposalId, reference), Rows.of(offset, limit)).stream()
                .map(this::entry).toList();
    }

    /** How many letters there are about a proposal. */
    @Transactional(readOnly = true)
    @PreAuthorize(StaffRole.IS_STAFF)
    public int countAboutProposal(long proposalId, String reference) {
        return Math.toIntExact(letters.countBySubjectRefIn(proposalRefs(proposalId, reference)));
    }

    private static List<String> proposalRefs(long proposalId, String reference) {
        String unconfirmed = proposalRef(proposalId, null);
        return reference == null ? List.of(unconfirmed) : List.of(reference, unconfirmed);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(StaffRole.IS_STAFF)
    public List<LetterEntry> latest(int count) {
        return letters.findAllByOrderByCreatedAtDesc(Limit.of(count)).stream().map(this::entry).toList();
    }

    /** The letter as the signed-in member of staff may see it: with its recipient only if they read addresses. */
    private LetterEntry entry(Letter l) {
        return LetterEntry.of(l, signedIn.readsResidentAddresses());
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
