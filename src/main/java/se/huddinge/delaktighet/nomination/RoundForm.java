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
 * @param aboutFi       the about text in Finnish, optional (blank: a Finnish page shows the Swedish, DD43)
 * @param chair         the username of the committee member who chairs the decision (may be blank)
 */
public record RoundForm(Long id, int year, LocalDate formDecidedOn, String formDecision, String aboutSv,
                        String aboutEn, String aboutFi, List<Criterion> criteria, int prizeSumSek, int winners,
                        LocalDate callAnnouncedOn, LocalDateTime opensAt, LocalDateTime closesAt, LocalDate awardDay,
                        String awardPlace, LocalDate scoringDue, boolean selfNomination, int retentionMonths,
                        String chair) {

    /** A criterion; {@code id} null for a new one; the Finnish title and description are optional (DD43). */
    public record Criterion(Long id, String titleSv, String titleEn, String descriptionSv, String descriptionEn,
                            String titleFi, String descriptionFi) {

        /** A criterion without Finnish words. */
        public Criterion(Long id, String titleSv, String titleEn, String descriptionSv, String descriptionEn) {
            this(id, titleSv, titleEn, descriptionSv, descriptionEn, "", "");
        }
    }

    /** A form without a Finnish about text. */
    public RoundForm(Long id, int year, LocalDate formDecidedOn, String formDecision, String aboutSv, String aboutEn,
                     List<Criterion> criteria, int prizeSumSek, int winners, LocalDate callAnnouncedOn,
                     LocalDateTime opensAt, LocalDateTime closesAt, LocalDate awardDay, String awardPlace,
                     LocalDate scoringDue, boolean selfNomination, int retentionMonths, String chair) {
        this(id, year, formDecidedOn, formDecision, aboutSv, aboutEn, "", criteria, prizeSumSek, winners,
                callAnnouncedOn, opensAt, closesAt, awardDay, awardPlace, scoringDue, selfNomination, retentionMonths,
                chair);
    }

    /** A new round for {@code year} with the scheme's defaults. */
    public static RoundForm defaults(int year, PrizeRules rules) {
        return new RoundForm(null, year, null, "", "", "", "", List.of(), rules.prizeSumSek(), rules.winners(),
                null, rules.opens().atYear(year).atStartOfDay(), rules.deadline().atYear(year).atTime(rules.deadlineTime()),
                rules.awardDay().atYear(year), "", rules.scoringDue().atYear(year), false, rules.retentionMonths(), "");
    }

    public RoundForm withCriteria(List<Criterion> criteria) {
        return new RoundForm(id, year, formDecidedOn, formDecision, aboutSv, aboutEn, aboutFi, List.copyOf(criteria),
                prizeSumSek, winners, callAnnouncedOn, opensAt, closesAt, awardDay, awardPlace, scoringDue,
                selfNomination, retentionMonths, chair);
    }

    public RoundForm withTexts(String aboutSv, String aboutEn) {
        return withTexts(aboutSv, aboutEn, aboutFi);
    }

    public RoundForm withTexts(String aboutSv, String aboutEn, String aboutFi) {
        return new RoundForm(id, year, formDecidedOn, formDecision, aboutSv, aboutEn, aboutFi, criteria, prizeSumSek, winners,
                callAnnouncedOn, opensAt, closesAt, awardDay, awardPlace, scoringDue, selfNomination,
                retentionMonths, chair);
    }
}
