package se.huddinge.delaktighet.notification;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How letters are retried ({@code portal.letters.*}).
 *
 * @param retryInterval how often the outbox is scanned for letters due another attempt
 * @param firstBackoff  wait after the first failed attempt; doubled after each further one
 * @param maxBackoff    the longest wait between two attempts
 * @param stuckAfter    a letter left SENDING this long (the instance died mid-send) is tried again
 * @param fanOutBatch   how many supporters' letters one transaction writes, when a step reaches every supporter who
 *                      asked to hear (a batch is also what waits to be sent while the next is written)
 * @param templateCheck how long an instance uses the letter templates' edits it read before it asks whether another
 *                      instance changed them (one query); an edit on the same instance counts at once (DD33)
 * @param smtpKeptOpen  how long an SMTP connection stays open after a letter, for the next one (issue 21); zero opens
 *                      one per letter
 */
@Validated
@ConfigurationProperties("portal.letters")
public record LetterSettings(
        @NotNull @DefaultValue("PT30S") Duration retryInterval,
        @NotNull @DefaultValue("PT1M") Duration firstBackoff,
        @NotNull @DefaultValue("PT1H") Duration maxBackoff,
        @NotNull @DefaultValue("PT10M") Duration stuckAfter,
        @Min(1) @Max(10_000) @DefaultValue("200") int fanOutBatch,
        @NotNull @DefaultValue("PT10S") Duration templateCheck,
        @NotNull @DefaultValue("PT10S") Duration smtpKeptOpen) {
}
