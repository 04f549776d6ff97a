package se.huddinge.delaktighet.proposal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import se.huddinge.delaktighet.base.i18n.InLanguage;

/**
 * Every number and list of the Huddingeförslag scheme ({@code portal.proposals.*} in {@code config/}), with
 * Huddinge's values as defaults.
 *
 * @param titleMax               longest title, in characters
 * @param textMax                longest text, in characters
 * @param nameMax                longest submitter's name (at most the column's 200)
 * @param groundNoteMax          longest personal note to the author when not publishing (at most 1000)
 * @param caseNumberMax          longest case number (diarienummer) of a referral (at most 60)
 * @param motivationMax          longest motivation of a decision (at most 4000)
 * @param minutesRefMax          longest reference to the minutes of a decision (at most 500)
 * @param maxAttachments         images or PDFs per proposal
 * @param maxAttachmentBytes     largest attachment
 * @param supportPeriod          how long a published proposal is open for support
 * @param supportThreshold       supports that take a proposal to the politicians
 * @param linkValidity           how long an e-mailed confirmation link works
 * @param mySubmissionsLinkValidity how long a link to "my submissions" works (it works once)
 * @param mySubmissionsMaxLinks  how many "my submissions" links one address may ask for within the window
 * @param mySubmissionsWindow    the window of that limit: it slides, counted in the database
 * @param linkLettersPerAddress  how many confirmation-link letters (for a proposal or a support) one address may be
 *                               sent within the same window, so the forms cannot be used to flood someone's inbox
 * @param moderationWorkingDays  service level: moderation decision, in working days after confirmation
 * @param referralWorkingDays    service level: referral, in working days after reaching the threshold
 * @param decisionPeriod         service level: expected decision after referral
 * @param similarWindow          how far back the "similar to" ground looks
 * @param districts              kommundelar
 * @param categories             subject areas
 * @param committees             nämnder a proposal can be referred to
 * @param grounds                standard grounds for not publishing
 */
@Validated
@ConfigurationProperties("portal.proposals")
public record ProposalRules(
        @Min(10) @DefaultValue("100") int titleMax,
        @Min(100) @DefaultValue("2000") int textMax,
        @Min(10) @Max(200) @DefaultValue("200") int nameMax,
        @Min(10) @Max(1000) @DefaultValue("1000") int groundNoteMax,
        @Min(5) @Max(60) @DefaultValue("60") int caseNumberMax,
        @Min(100) @Max(4000) @DefaultValue("4000") int motivationMax,
        @Min(10) @Max(500) @DefaultValue("500") int minutesRefMax,
        @Min(0) @DefaultValue("3") int maxAttachments,
        @Min(1024) @DefaultValue("5242880") long maxAttachmentBytes,
        @NotNull @DefaultValue("P90D") Period supportPeriod,
        @Min(1) @DefaultValue("100") int supportThreshold,
        @NotNull @DefaultValue("PT72H") Duration linkValidity,
        @NotNull @DefaultValue("PT24H") Duration mySubmissionsLinkValidity,
        @Min(1) @DefaultValue("3") int mySubmissionsMaxLinks,
        @NotNull @DefaultValue("PT1H") Duration mySubmissionsWindow,
        @Min(1) @DefaultValue("10") int linkLettersPerAddress,
        @Min(1) @DefaultValue("10") int moderationWorkingDays,
        @Min(1) @DefaultValue("20") int referralWorkingDays,
        @NotNull @DefaultValue("P12M") Period decisionPeriod,
        @NotNull @DefaultValue("P12M") Period similarWindow,
        @NotEmpty List<@NotBlank String> districts,
        @NotEmpty List<@Valid Named> categories,
        @NotEmpty List<@Valid Named> committees,
        @NotEmpty List<@Valid Ground> grounds) {

    /** An entry of a list, named in Swedish and English, and in Finnish where the settings give it ({@code fi}). */
    public record Named(@NotBlank String code, @NotBlank String sv, @NotBlank String en, String fi) {
        public String name(Locale locale) {
            return InLanguage.pick(locale, sv, en, fi);
        }
    }

    /**
     * A standard ground for not publishing. The Finnish texts are optional: a ground without them is told in Swedish
     * to a resident who wrote in Finnish.
     *
     * @param linksEarlier the officer names the earlier, similar proposal
     */
    public record Ground(@NotBlank String code, @NotBlank String sv, @NotBlank String en,
                         @NotBlank String explanationSv, @NotBlank String explanationEn,
                         @NotBlank String turnToSv, @NotBlank String turnToEn,
                         @DefaultValue("false") boolean linksEarlier,
                         String fi, String explanationFi, String turnToFi) {
        public String name(Locale locale) {
            return InLanguage.pick(locale, sv, en, fi);
        }

        public String explanation(Locale locale) {
            return InLanguage.pick(locale, explanationSv, explanationEn, explanationFi);
        }

        public String turnTo(Locale locale) {
            return InLanguage.pick(locale, turnToSv, turnToEn, turnToFi);
        }
    }

    public Optional<Named> category(String code) {
        return categories.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public Optional<Named> committee(String code) {
        return committees.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public Optional<Ground> ground(String code) {
        return grounds.stream().filter(g -> g.code().equals(code)).findFirst();
    }
}
