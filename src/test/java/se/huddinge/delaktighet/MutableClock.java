package se.huddinge.delaktighet;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** The test clock: stands still until a test moves it. */
public class MutableClock extends Clock {

    public static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private volatile Instant now;

    public MutableClock(Instant start) {
        this.now = start;
    }

    /** Sets the clock to a local time in Stockholm, e.g. {@code "2027-08-20T23:59:59"}. */
    public void setTo(String stockholmLocalTime) {
        now = LocalDateTime.parse(stockholmLocalTime).atZone(STOCKHOLM).toInstant();
    }

    public void setTo(Instant instant) {
        now = instant;
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    public ZonedDateTime stockholmNow() {
        return now.atZone(STOCKHOLM);
    }

    @Override
    public ZoneId getZone() {
        return STOCKHOLM;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
