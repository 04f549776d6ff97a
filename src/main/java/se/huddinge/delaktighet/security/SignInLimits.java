package se.huddinge.delaktighet.security;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How staff sign-in holds off password guessing ({@code portal.sign-in.*}). The failures are counted in the
 * {@code staff_audit} table, so every instance sees the same counts.
 *
 * @param maxFailuresPerAccount failed attempts for one username within {@code window} (since its last successful
 *                              sign-in) after which that username may not sign in until the window has passed
 * @param maxFailuresPerAddress failed attempts from one client address within {@code window}, for any usernames,
 *                              after which that address may not sign in until the window has passed
 * @param window                how far back failures count
 * @param resetLinkValidity     how long an administrator's password-reset link works
 */
@Validated
@ConfigurationProperties("portal.sign-in")
public record SignInLimits(
        @Min(1) @DefaultValue("5") int maxFailuresPerAccount,
        @Min(1) @DefaultValue("20") int maxFailuresPerAddress,
        @NotNull @DefaultValue("PT15M") Duration window,
        @NotNull @DefaultValue("PT24H") Duration resetLinkValidity) {
}
