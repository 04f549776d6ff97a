package se.huddinge.delaktighet.base;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long e-mailed links live ({@code portal.links.*}), beyond each feature's own confirmation-link validity.
 *
 * @param manageAfterEnd how long the author's own link to a proposal ("hantera") keeps working after the matter
 *                       ended (not published, closed below the threshold, decided or withdrawn)
 * @param manageLongest  the most it works at all, however long the matter takes: a backstop
 */
@Validated
@ConfigurationProperties("portal.links")
public record LinkSettings(
        @NotNull @DefaultValue("P30D") Duration manageAfterEnd,
        @NotNull @DefaultValue("P1095D") Duration manageLongest) {
}
