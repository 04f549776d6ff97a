package se.huddinge.delaktighet.proposal;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What happens around the due dates ({@code portal.service-levels.*}): when officers are reminded, and how far a
 * passed due date moves when the submitter is sent a delay letter. Silence is never an outcome.
 *
 * @param reminderWorkingDays      officers are reminded this many working days before a due date
 * @param moderationDelayWorkingDays a late moderation decision gets a new date this many working days later
 * @param referralDelayWorkingDays a late referral gets a new date this many working days later
 * @param decisionDelay            a late decision gets a new expected date this much later
 * @param officerEmail             where reminders go (the officers' shared mailbox)
 */
@Validated
@ConfigurationProperties("portal.service-levels")
public record ServiceLevels(
        @Min(0) @DefaultValue("2") int reminderWorkingDays,
        @Min(1) @DefaultValue("5") int moderationDelayWorkingDays,
        @Min(1) @DefaultValue("10") int referralDelayWorkingDays,
        @NotNull @DefaultValue("P3M") Period decisionDelay,
        @NotBlank @Email @DefaultValue("delaktighet@huddinge.se") String officerEmail) {
}
