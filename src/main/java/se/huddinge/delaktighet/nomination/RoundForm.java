package se.huddinge.delaktighet.nomination;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What an administrator sets for a round. Times are local to the municipality; the deadline is the end of the minute
 * given ({@code 23:59} means up to and including 23:59:59.999…).
 *
 * @param id            null for a new round
 * @param formDecidedOn the day the committee decided the form of the round
 * @param formDecision  that decision, in short
 * @param chair         the username of the committee member who chairs the decision (may be blank)
 */
public record RoundForm(Long id, int year, LocalDate formDecidedOn, String formDecision, String aboutSv,
                        String aboutEn, List<Criterion> criteria, int prizeSumSek, int winners,
                        LocalDate callAnnouncedOn, LocalDateTime opensAt, LocalDateTime closesAt, LocalDate awardDay,
                        String awardPlace, LocalDate scoringDue, boolean selfNomination, int retentionMonths,
                        String chair) {

    /** A criterion; {@code id} null for a new one. */
    public record Criterion(Long id, String titleSv, String titleEn, String descriptionSv, String descriptionEn) {
    }

    /** A new round for {@code year} with the scheme's defaults. */
    public static RoundForm defaults(int year, PrizeRules rules) {
        return new RoundForm(null, year, null, "", "", "", List.of(), rules.prizeSumSek(), rules.winners(),
                null, rules.opens().atYear(year).atStartOfDay(), rules.deadline().atYear(year).atTime(rules.deadlineTime()),
                rules.awardDay().atYear(year), "", rules.scoringDue().atYear(year), false, rules.retentionMonths(), "");
    }

    public RoundForm withCriteria(List<Criterion> criteria) {
        return new RoundForm(id, year, formDecidedOn, formDecision, aboutSv, aboutEn, List.copyOf(criteria),
                prizeSumSek, winners, callAnnouncedOn, opensAt, closesAt, awardDay, awardPlace, scoringDue,
                selfNomination, retentionMonths, chair);
    }

    public RoundForm withTexts(String aboutSv, String aboutEn) {
        return new RoundForm(id, year, formDecidedOn, formDecision, aboutSv, aboutEn, criteria, prizeSumSek, winners,
                callAnnouncedOn, opensAt, closesAt, awardDay, awardPlace, scoringDue, selfNomination,
                retentionMonths, chair);
    }
}
