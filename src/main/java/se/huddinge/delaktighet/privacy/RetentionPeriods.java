package se.huddinge.delaktighet.privacy;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long personal data is kept ({@code portal.retention.*} in {@code config/application.yml}); the privacy page
 * states these numbers and the retention job keeps them. The prize's period is each round's own (set by the
 * administrators, {@code portal.prize.retention-months} for a new round).
 *
 * @param unconfirmed   an unconfirmed proposal or support, with its links and letters, is deleted this long after
 *                      its confirmation link stopped working
 * @param personalData  the names and addresses of a proposal's author and supporters are anonymised this long after
 *                      the matter closed (decided, withdrawn, not published, closed below the threshold)
 * @param letterContent a letter's text is kept this long after it was delivered (or finally failed), so staff can
 *                      send it again; then only its metadata stays
 * @param interval      how often the job runs
 */
@Validated
@ConfigurationProperties("portal.retention")
public record RetentionPeriods(
        @NotNull @DefaultValue("P30D") Period unconfirmed,
        @NotNull @DefaultValue("P12M") Period personalData,
        @NotNull @DefaultValue("P90D") Period letterContent,
        @NotNull @DefaultValue("PT6H") Duration interval) {

    /** The moment before which data kept for {@code period} is due, counted in the municipality's calendar. */
    static Instant before(Instant now, Period period, ZoneId zone) {
        return now.atZone(zone).minus(period).toInstant();
    }
}
