package se.huddinge.delaktighet.notification.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import se.huddinge.delaktighet.notification.LetterSettings;

/**
 * The administrators' edits of letter templates as this instance last read them: all of them at once, read again only
 * when they changed (DD33). An edit on this instance is read at once; an edit on another instance is noticed at the
 * first letter after {@code portal.letters.template-check} has passed since the last look, which costs one query for
 * the newest change's id ({@link TemplateOverrides#version()}).
 */
@Component
public class KeptTemplateOverrides {

    private final TemplateOverrides store;
    private final Clock clock;
    private final Duration interval;
    private volatile Snapshot snapshot;

    private record Snapshot(long version, Map<String, String> bodies, Instant checked) {
    }

    KeptTemplateOverrides(TemplateOverrides store, Clock clock, LetterSettings settings) {
        this.store = store;
        this.clock = clock;
        this.interval = settings.templateCheck();
    }

    /** Reads the edits again if the interval has passed since the last look and they changed since; cheap otherwise. */
    public void check() {
        Snapshot seen = snapshot;
        if (seen != null && clock.instant().isBefore(seen.checked().plus(interval))) {
            return;
        }
        synchronized (this) {
            seen = snapshot;
            Instant now = clock.instant();
            if (seen != null && now.isBefore(seen.checked().plus(interval))) {
                return;
            }
            // the version first: an edit between the two reads makes the next look read again, never miss it
            long version = store.version();
            snapshot = new Snapshot(version, seen != null && seen.version() == version ? seen.bodies() : store.all(),
                    now);
        }
    }

    /** After an edit on this instance: read again as soon as it is committed. */
    public void changed() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    reread();
                }
            });
        } else {
            reread();
        }
    }

    private synchronized void reread() {
        long version = store.version();
        snapshot = new Snapshot(version, store.all(), clock.instant());
    }

    /** The edited text of {@code NAME_LANG} as last read ({@link #check()} first). */
    public Optional<String> find(String nameAndLanguage) {
        Snapshot seen = snapshot;
        if (seen == null) {
            check();
            seen = snapshot;
        }
        return Optional.ofNullable(seen.bodies().get(nameAndLanguage));
    }

    /** The version of the edits as last read: changes whenever they were read again after a change. */
    public long version() {
        Snapshot seen = snapshot;
        return seen == null ? -1 : seen.version();
    }
}
