package se.huddinge.delaktighet.proposal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Comments on published proposals ({@code portal.comments.*} in {@code config/}).
 *
 * @param textMax            longest comment, in characters (the form counts as it is typed)
 * @param nameMax            longest display name (at most the column's 200)
 * @param unitMax            longest unit name on a staff reply (at most 200)
 * @param moderation         {@code POST}: shown at once, anyone may report it; {@code PRE}: shown after an officer
 *                           approves it
 * @param reportsToHide      after this many reports a shown comment is hidden until an officer looks
 * @param reviewWorkingDays  an officer looks at a comment waiting for approval or reported within this many working
 *                           days
 * @param closeOn            when a proposal stops taking comments: {@code DECIDED} (the committee decided),
 *                           {@code REFERRED} (handed to a committee) or {@code SUPPORT_END} (the support period ended)
 * @param pageSize           threads (a comment and its replies) per page
 * @param grounds            the standard grounds for removing a comment
 */
@Validated
@ConfigurationProperties("portal.comments")
public record CommentRules(
        @Min(10) @Max(5000) @DefaultValue("1000") int textMax,
        @Min(10) @Max(200) @DefaultValue("60") int nameMax,
        @Min(10) @Max(200) @DefaultValue("200") int unitMax,
        @NotNull @DefaultValue("POST") Moderation moderation,
        @Min(1) @DefaultValue("3") int reportsToHide,
        @Min(1) @DefaultValue("2") int reviewWorkingDays,
        @NotNull @DefaultValue("DECIDED") CloseOn closeOn,
        @Min(5) @Max(100) @DefaultValue("20") int pageSize,
        @NotEmpty List<ProposalRules.@Valid Ground> grounds) {

    /** Whether a comment is shown before or after an officer has looked at it. */
    public enum Moderation { PRE, POST }

    /** The step of the proposal that closes its comments. */
    public enum CloseOn { DECIDED, REFERRED, SUPPORT_END }

    public Optional<ProposalRules.Ground> ground(String code) {
        return grounds.stream().filter(g -> g.code().equals(code)).findFirst();
    }
}
