package se.huddinge.delaktighet.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.huddinge.delaktighet.Database;
import se.huddinge.delaktighet.KaribuTest;
import se.huddinge.delaktighet.notification.LetterSettings;

/**
 * The edits are read once per change: an edit made on this instance counts at once, one made on another instance
 * (written straight to the table here) at the first look after the interval, and not before (DD33).
 */
class KeptTemplateOverridesTest extends KaribuTest {

    @Autowired
    TemplateOverrides store;

    private KeptTemplateOverrides kept() {
        return new KeptTemplateOverrides(store, clock, new LetterSettings(Duration.ofSeconds(30), Duration.ofMinutes(1),
                Duration.ofHours(1), Duration.ofMinutes(10), 200, Duration.ofSeconds(10), Duration.ofSeconds(10)));
    }

    @Test
    void another_instances_edit_counts_after_the_interval_and_this_instances_at_once() {
        Instant at = clock.instant();
        var kept = kept();
        kept.check();
        assertThat(kept.find("proposal-receipt_sv")).isEmpty();

        store.save("proposal-receipt", "sv", "Subject: Ny\n\nText\n", at, "ada");
        kept.check();
        assertThat(kept.find("proposal-receipt_sv")).as("within the interval: what was read").isEmpty();
        clock.advance(Duration.ofSeconds(10));
        kept.check();
        assertThat(kept.find("proposal-receipt_sv")).as("after it: read again").hasValue("Subject: Ny\n\nText\n");
        long version = kept.version();

        store.reset("proposal-receipt", "sv", at, "ada");
        kept.changed();
        assertThat(kept.find("proposal-receipt_sv")).as("an edit on this instance: at once").isEmpty();
        assertThat(kept.version()).isGreaterThan(version);
    }

    @Test
    void a_look_within_the_interval_reads_nothing_and_one_after_it_only_the_version_when_nothing_changed() {
        store.save("proposal-receipt", "en", "Subject: New\n\nText\n", clock.instant(), "ada");
        var kept = kept();
        kept.check();
        long version = kept.version();
        long idle = selects(() -> { });
        assertThat(selects(() -> {
            for (int i = 0; i < 5; i++) {
                kept.check();
                kept.find("proposal-receipt_en");
            }
        }) - idle).as("statements within the interval").isZero();

        clock.advance(Duration.ofSeconds(11));
        assertThat(selects(kept::check) - idle).as("after it: the newest change's id, nothing more").isEqualTo(1);
        assertThat(kept.version()).isEqualTo(version);
        assertThat(kept.find("proposal-receipt_en")).hasValue("Subject: New\n\nText\n");
    }

    private long selects(Runnable action) {
        return Database.selects(jdbc, action);
    }
}
