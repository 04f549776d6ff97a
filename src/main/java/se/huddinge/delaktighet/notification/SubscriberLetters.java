package se.huddinge.delaktighet.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.huddinge.delaktighet.notification.internal.LetterFanOut;
import se.huddinge.delaktighet.notification.internal.LetterFanOutRepository;
import se.huddinge.delaktighet.proposal.ProposalImplementations;
import se.huddinge.delaktighet.proposal.ProposalMailing;
import se.huddinge.delaktighet.proposal.ProposalTakeUps;

/**
 * The same letter to every supporter who asked to hear about a proposal (its close, its decision, a take-up), who may
 * be 100,000 (DD25). The step's listener only records the round ({@link #plan}, a {@code letter_fan_out} row, in the
 * listener's transaction); a worker then writes the letters in batches of {@code portal.letters.fan-out-batch}
 * subscribers, read a page at a time in the order of their support's id. Each batch is one transaction that writes
 * its letters and moves the round's cursor past them, so a crash or a failed batch leaves whole batches behind and
 * the next run goes on from the cursor; a letter's unique dedup key would stop a second copy anyway. Each batch's
 * persistence context ends with its transaction, so the heap holds one batch, not the round. A batch's letters are
 * sent once it commits, while the next batch is written; the next batch waits for them, so writing never runs far
 * ahead of the mail server.
 * <p>
 * A round goes to the proposal's followers first (DD29), a page at a time on their own cursor, each letter with the
 * follower's stop link, then to the supporters who asked to hear. A letter's dedup key ends with the address, so an
 * address that both follows and supports gets one letter per step: the follower's, written first.
 * <p>
 * Several instances share the work without a ShedLock lock: a batch takes its round's row with {@code FOR UPDATE SKIP
 * LOCKED}, so two workers never write the same batch, and a round can go on on whichever instance is free. One worker
 * runs per instance; the listener's commit wakes it, and the timer does after a crash or a failed batch's back-off.
 */
@Component
class SubscriberLetters {

    private static final Logger log = LoggerFactory.getLogger(SubscriberLetters.class);

    private final LetterFanOutRepository rounds;
    private final ProposalLetterWriter writer;
    private final Letters letters;
    private final LetterDispatcher dispatcher;
    private final ProposalMailing mailing;
    private final ProposalTakeUps takeUps;
    private ProposalImplementations implementations;
    private final LetterSettings settings;
    private final TransactionTemplate tx;
    private final Clock clock;

    /** The steps only followers hear of: the supporters' checkbox promised the close and the decision (DD29). */
    private static final java.util.Set<ProposalLetter> FOLLOWERS_ONLY =
            java.util.EnumSet.of(ProposalLetter.FOLLOWER_THRESHOLD_REACHED, ProposalLetter.FOLLOWER_REFERRED);

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean wanted = new AtomicBoolean();

    SubscriberLetters(LetterFanOutRepository rounds, ProposalLetterWriter writer, Letters letters,
                      LetterDispatcher dispatcher, ProposalMailing mailing, ProposalTakeUps takeUps,
                      LetterSettings settings, TransactionTemplate tx, Clock clock) {
        this.rounds = rounds;
        this.writer = writer;
        this.letters = letters;
        this.dispatcher = dispatcher;
        this.mailing = mailing;
        this.takeUps = takeUps;
        this.settings = settings;
        this.tx = tx;
        this.clock = clock;
    }

    @org.springframework.beans.factory.annotation.Autowired
    void setImplementations(ProposalImplementations implementations) {
        this.implementations = implementations;
    }

    /**
     * Records that every subscriber of the proposal gets this letter (about this take-up, when not null), once: an
     * event delivered again finds its round and records nothing. The worker starts after the caller's commit.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void plan(ProposalLetter letter, long proposalId, Long takeUpId) {
        plan(letter, proposalId, takeUpId, null);
    }

    /** The same for a round about an implementation update (DD29), when {@code updateId} is not null. */
    @Transactional(propagation = Propagation.MANDATORY)
    void plan(ProposalLetter letter, long proposalId, Long takeUpId, Long updateId) {
        String key = letter.dedupKey(keyParts(proposalId, takeUpId, updateId));
        if (!rounds.existsByFanOutKey(key)) {
            rounds.save(new LetterFanOut(key, letter.name(), proposalId, takeUpId, updateId, clock.instant()));
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                wake();
            }
        });
    }

    /** Every so often, for rounds a crash stopped or whose failed batch has waited its back-off. */
    @Scheduled(fixedDelayString = "${portal.letters.retry-interval:PT30S}", initialDelayString = "PT15S")
    public void scheduledWork() {
        wake();
    }

    /** Starts this instance's worker, or, when it runs, has it look for work once more before it stops. */
    void wake() {
        wanted.set(true);
        if (running.compareAndSet(false, true)) {
            Thread.ofVirtual().name("subscriber-letters").start(() -> {
                try {
                    while (wanted.getAndSet(false)) {
                        work();
                    }
                } finally {
                    running.set(false);
                }
                if (wanted.get()) {
                    wake();
                }
            });
        }
    }

    /**
     * Writes batches until no round has letters left that are due, and sends them; returns how many letters it wrote.
     * Safe to run on several threads and instances at once.
     */
    int work() {
        int written = 0;
        CompletableFuture<Integer> sending = CompletableFuture.completedFuture(0);
        try {
            for (Batch batch; (batch = nextBatch()) != null; ) {
                sending.join();
                sending = dispatcher.sendAll(batch.letterIds());
                written += batch.letterIds().size();
            }
        } finally {
            sending.join();
        }
        return written;
    }

    private record Batch(List<Long> letterIds) {
    }

    /** One batch of the oldest round that is due, written in its own transaction; null when there is nothing to do. */
    private Batch nextBatch() {
        Long[] round = {null};
        try {
            return tx.execute(s -> rounds.takeDue(clock.instant()).map(r -> {
                round[0] = r.getId();
                return write(r);
            }).orElse(null));
        } catch (RuntimeException e) {
            return failed(round[0], e);
        }
    }

    private static Object[] keyParts(long proposalId, Long takeUpId, Long updateId) {
        var parts = new ArrayList<Object>(List.of(proposalId));
        if (takeUpId != null) {
            parts.add(takeUpId);
        }
        if (updateId != null) {
            parts.add("u" + updateId);
        }
        return parts.toArray();
    }

    private Batch write(LetterFanOut round) {
        int size = settings.fanOutBatch();
        var kind = ProposalLetter.valueOf(round.getLetter());
        var facts = mailing.letterFacts(round.getProposalId());
        Object[] keyParts = keyParts(facts.id(), round.getTakeUpId(), round.getImplementationUpdateId());
        Function<String, Map<String, Object>> extra = extraWords(round);
        if (!round.isFollowersDone()) {
            return writeFollowers(round, size, kind, facts, keyParts, extra);
        }
        var page = mailing.subscribersForLetters(round.getProposalId(), round.getAfterSupportId(), size);
        var words = new HashMap<String, Map<String, Object>>();
        var requests = new ArrayList<LetterRequest>(page.subscribers().size());
        for (var subscriber : page.subscribers()) {
            var model = words.computeIfAbsent(String.valueOf(subscriber.language()),
                    l -> extra.apply(subscriber.language()));
            requests.add(writer.toSubscriber(kind, facts, subscriber, model, keyParts));
        }
        var ids = letters.writeBatch(requests);
        round.advance(page.last(), ids.size(), ids.size() < size, clock.instant());
        return new Batch(ids);
    }

    /** A batch of the round's letters to followers, each with the follower's own stop link. */
    private Batch writeFollowers(LetterFanOut round, int size, ProposalLetter kind,
                                 se.huddinge.delaktighet.proposal.LetterFacts facts, Object[] keyParts,
                                 Function<String, Map<String, Object>> extra) {
        var page = mailing.followersForLetters(round.getProposalId(), round.getAfterFollowId(), size);
        var words = new HashMap<String, Map<String, Object>>();
        var requests = new ArrayList<LetterRequest>(page.followers().size());
        for (var follower : page.followers()) {
            var model = new HashMap<>(words.computeIfAbsent(String.valueOf(follower.to().language()),
                    l -> extra.apply(follower.to().language())));
            model.put("follower", true);
            if (follower.stopLink() != null) {
                model.put("stopLink", new LetterLink(FollowLetters.STOP_PATH, follower.stopLink()));
            }
            requests.add(writer.toSubscriber(kind, facts, follower.to(), model, keyParts));
        }
        var ids = letters.writeBatch(requests);
        round.advanceFollowers(page.last(), ids.size(), ids.size() < size, FOLLOWERS_ONLY.contains(kind),
                clock.instant());
        return new Batch(ids);
    }

    /**
     * What a round's letter says beyond the proposal's facts, in the reader's language: a take-up's who and where,
     * or an implementation update's status and note.
     */
    private Function<String, Map<String, Object>> extraWords(LetterFanOut round) {
        if (round.getImplementationUpdateId() != null) {
            var update = implementations.update(round.getImplementationUpdateId());
            return language -> FollowLetters.words(update, language);
        }
        if (round.getTakeUpId() == null) {
            return language -> Map.of();
        }
        var takeUp = takeUps.get(round.getTakeUpId());
        return language -> TakeUpLetters.words(takeUp, language);
    }

    /**
     * The batch was rolled back whole: its round waits the letters' first back-off and goes on from its cursor. Only
     * the kind of error is kept and logged (a message may quote a letter's address). Null (stop for now) when the
     * failure cannot even be recorded, so a database that is away is not asked again and again.
     */
    private Batch failed(Long round, RuntimeException e) {
        if (round == null) {
            log.warn("Letters to subscribers: no round could be read, the timer tries again: {}", e.getClass().getName());
            return null;
        }
        Instant retryAt = clock.instant().plus(settings.firstBackoff());
        String error = e.getClass().getName();
        log.warn("Letters to subscribers, round {}: a batch failed ({}), tried again from its cursor at {}", round,
                error, retryAt);
        try {
            tx.executeWithoutResult(s -> rounds.failed(round, error, retryAt));
            return new Batch(List.of());
        } catch (RuntimeException again) {
            log.warn("Letters to subscribers, round {}: the failure could not be recorded: {}", round,
                    again.getClass().getName());
            return null;
        }
    }
}
