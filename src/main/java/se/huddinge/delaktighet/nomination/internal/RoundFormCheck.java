package se.huddinge.delaktighet.nomination.internal;

import static se.huddinge.delaktighet.base.form.Reason.*;
import static se.huddinge.delaktighet.nomination.RoundFormField.*;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import se.huddinge.delaktighet.base.form.FieldChecks;
import se.huddinge.delaktighet.nomination.RoundFacts;
import se.huddinge.delaktighet.nomination.RoundForm;
import se.huddinge.delaktighet.nomination.RoundFormField;

/** The rules a round's form must keep, each problem at its {@link RoundFormField}. */
final class RoundFormCheck {

    private RoundFormCheck() {
    }

    static FieldChecks problems(RoundForm f, ZoneId zone, PrizeRound.Received received) {
        var problems = new FieldChecks();
        if (f.year() < 2000 || f.year() > 2100) {
            problems.add(YEAR, RANGE);
        }
        required(problems, ABOUT_SV, f.aboutSv());
        required(problems, ABOUT_EN, f.aboutEn());
        criteria(problems, f.criteria(), received);
        if (f.prizeSumSek() < 0) {
            problems.add(PRIZE_SUM, RANGE);
        }
        if (f.winners() < 1 || f.winners() > 20) {
            problems.add(WINNERS, RANGE);
        }
        if (f.retentionMonths() < 1 || f.retentionMonths() > 120) {
            problems.add(RETENTION, RANGE);
        }
        if (f.opensAt() == null) {
            problems.add(OPENS_AT, REQUIRED);
        }
        Instant closes = f.closesAt() == null ? null : RoundFacts.endOfMinute(f.closesAt(), zone);
        if (closes == null) {
            problems.add(CLOSES_AT, REQUIRED);
        } else if (f.opensAt() != null && !closes.isAfter(ZonedDateTime.of(f.opensAt(), zone).toInstant())) {
            problems.add(CLOSES_AT, BEFORE_OPENS);
        } else if (received.newestNomination() != null && closes.isBefore(received.newestNomination())) {
            problems.add(CLOSES_AT, BEFORE_RECEIVED);
        }
        if (f.awardDay() == null) {
            problems.add(AWARD_DAY, REQUIRED);
        } else if (f.closesAt() != null && !f.awardDay().isAfter(f.closesAt().toLocalDate())) {
            problems.add(AWARD_DAY, BEFORE_DEADLINE);
        }
        if (f.scoringDue() != null && f.closesAt() != null && (!f.scoringDue().isAfter(f.closesAt().toLocalDate())
                || f.awardDay() != null && f.scoringDue().isAfter(f.awardDay()))) {
            problems.add(SCORING_DUE, OUTSIDE);
        }
        return problems;
    }

    private static void criteria(FieldChecks problems, List<RoundForm.Criterion> criteria,
                                 PrizeRound.Received received) {
        if (criteria == null || criteria.isEmpty()) {
            problems.add(CRITERIA, REQUIRED);
            return;
        }
        for (var c : criteria) {
            if (blank(c.titleSv()) || blank(c.titleEn()) || blank(c.descriptionSv()) || blank(c.descriptionEn())) {
                problems.add(CRITERIA, INCOMPLETE);
            }
        }
        var kept = criteria.stream().map(RoundForm.Criterion::id).filter(Objects::nonNull).toList();
        if (!kept.containsAll(received.answeredCriteria())) {
            problems.add(CRITERIA, ANSWERED);
        }
    }

    private static void required(FieldChecks problems, RoundFormField field, String value) {
        if (blank(value)) {
            problems.add(field, REQUIRED);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
