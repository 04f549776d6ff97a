package se.huddinge.delaktighet.security;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How many times one client address may send each public form per {@code window} ({@code portal.floods.*}), counted
 * by {@link FloodGuard} in this instance's memory. A household or a school behind one address shares the counts, so
 * the defaults are generous; they stop scripts, not people.
 *
 * @param submit        proposals sent
 * @param support       support requests sent
 * @param mySubmissions "Mina inskick" link requests sent
 * @param nominate      nominations sent
 * @param comment       comments sent (also replies)
 * @param report        reports of comments sent
 * @param follow        requests to follow a proposal sent (DD29)
 * @param window        the period the counts refill over (a bucket fills up again evenly across it)
 * @param maxClients    how many client addresses are remembered at most (the least recently seen are forgotten)
 */
@Validated
@ConfigurationProperties("portal.floods")
public record FloodLimits(
        @Min(1) @DefaultValue("20") int submit,
        @Min(1) @DefaultValue("60") int support,
        @Min(1) @DefaultValue("20") int mySubmissions,
        @Min(1) @DefaultValue("20") int nominate,
        @Min(1) @DefaultValue("30") int comment,
        @Min(1) @DefaultValue("30") int report,
        @NotNull @DefaultValue("PT1H") Duration window,
        @Min(100) @DefaultValue("100000") int maxClients,
        @Min(1) @DefaultValue("60") int follow) {

    int limit(FloodGuard.PublicForm form) {
        return switch (form) {
            case SUBMIT -> submit;
            case SUPPORT -> support;
            case MY_SUBMISSIONS -> mySubmissions;
            case NOMINATE -> nominate;
            case COMMENT -> comment;
            case REPORT -> report;
            case FOLLOW -> follow;
        };
    }
}
