package se.huddinge.delaktighet.nomination;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.LocalTime;
import java.time.MonthDay;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The numbers of Demokratipriset ({@code portal.prize.*} in {@code config/}), Huddinge's values as defaults. A new
 * round starts from these; the administrator may change each round's own values.
 *
 * @param prizeSumSek        the prize sum of a new round
 * @param winners            how many winners a new round may have
 * @param opens              the day nominations open in a new round (00:00)
 * @param deadline           the last day to nominate in a new round
 * @param deadlineTime       the last minute of that day: the deadline is the end of that minute
 * @param awardDay           the award day of a new round (democracy week)
 * @param scoringDue         the day the committee's scores are due in a new round
 * @param retentionMonths    months after the award day that nominators' personal data is kept
 * @param linkValidity       how long the e-mailed confirmation link works
 * @param nameMax            longest name (nominee, nominator)
 * @param tieMax             longest description of the nominee's tie to Huddinge
 * @param motivationMax      longest motivation per criterion
 * @param citationMax        longest citation of a winner
 */
@Validated
@ConfigurationProperties("portal.prize")
public record PrizeRules(
        @Min(0) @DefaultValue("25000") int prizeSumSek,
        @Min(1) @Max(20) @DefaultValue("2") int winners,
        @NotNull @DefaultValue("--06-01") MonthDay opens,
        @NotNull @DefaultValue("--08-20") MonthDay deadline,
        @NotNull @DefaultValue("23:59") LocalTime deadlineTime,
        @NotNull @DefaultValue("--10-23") MonthDay awardDay,
        @NotNull @DefaultValue("--09-20") MonthDay scoringDue,
        @Min(1) @DefaultValue("12") int retentionMonths,
        @NotNull @DefaultValue("PT72H") Duration linkValidity,
        @Min(20) @DefaultValue("200") int nameMax,
        @Min(50) @DefaultValue("1000") int tieMax,
        @Min(100) @DefaultValue("3000") int motivationMax,
        @Min(100) @DefaultValue("2000") int citationMax) {
}
