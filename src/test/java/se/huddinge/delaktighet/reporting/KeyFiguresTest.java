package se.huddinge.delaktighet.reporting;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.huddinge.delaktighet.proposal.ProposalTestBase;
import se.huddinge.delaktighet.reporting.internal.TimelineQueries;

/** The overview's key figures of the year are kept for a minute, and the overview says when they were counted. */
class KeyFiguresTest extends ProposalTestBase {

    @Autowired
    TimelineQueries timeline;
    @Autowired
    HandlingTimes handlingTimes;

    @Test
    void the_years_figures_are_counted_again_once_they_are_a_minute_old() {
        var keyFigures = new KeyFigures(timeline, handlingTimes, clock, Duration.ofMinutes(1));
        given.inModeration(BENCHES);
        assertThat(keyFigures.current().counts().submitted()).isEqualTo(1);

        clock.setTo("2026-03-02T09:00:50");
        given.inModeration("Belysning på gångvägen i Skogås");
        var kept = keyFigures.current();
        assertThat(kept.counts().submitted()).as("50 seconds old: kept").isEqualTo(1);
        assertThat(kept.countedAt()).isEqualTo(at("2026-03-02T09:00:00"));

        clock.setTo("2026-03-02T09:01:00");
        var counted = keyFigures.current();
        assertThat(counted.counts().submitted()).as("a minute old: counted again").isEqualTo(2);
        assertThat(counted.countedAt()).isEqualTo(at("2026-03-02T09:01:00"));
    }

    @Test
    void the_overview_says_when_the_figures_were_counted() {
        given.inModeration(BENCHES);
        clock.setTo("2026-03-02T14:07:30");
        login("ledamot", "COMMITTEE");

        UI.getCurrent().navigate("granskning");

        assertThat(_get(Paragraph.class, spec -> spec.withId("figures-updated")).getText()).isEqualTo("Uppdaterad 14:07");
    }

    private static java.time.Instant at(String stockholm) {
        return java.time.LocalDateTime.parse(stockholm).atZone(se.huddinge.delaktighet.MutableClock.STOCKHOLM).toInstant();
    }
}
