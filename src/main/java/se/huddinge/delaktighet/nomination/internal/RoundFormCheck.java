package se.huddinge.delaktighet.nomination.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.huddinge.delaktighet.nomination.RoundFacts;
import se.huddinge.delaktighet.nomination.RoundForm;

/** The rules a round's form must keep: field to problem key (under {@code prize.invalid.}). */
final class RoundFormCheck {

    private RoundFormCheck() {
    }

    static Map<String, String> problems(RoundForm f, ZoneId zone, PrizeRound.Received received) {
        var problems = new LinkedHashMap<String, String>();
        if (f.year() < 2000 || f.year() > 2100) {
            problems.put("year", "range");
        }
        required(problems, "aboutSv", f.aboutSv());
        required(problems, "aboutEn", f.aboutEn());
        criteria(problems, f.criteria(), received);
        if (f.prizeSumSek() < 0) {
            problems.put("prizeSum", "range");
        }
        if (f.winners() < 1 || f.winners() > 20) {
            problems.put("winners", "range");
        }
        if (f.retentionMonths() < 1 || f.retentionMonths() > 120) {
            problems.put("retention", "range");
        }
        if (f.opensAt() == null) {
            problems.put("opensAt", "required");
        }
        Instant closes = f.closesAt() == null ? null : RoundFacts.endOfMinute(f.closesAt(), zone);
        if (closes == null) {
            problems.put("closesAt", "required");
        } else if (f.opensAt() != null && !closes.isAfter(ZonedDateTime.of(f.opensAt(), zone).toInstant())) {
            problems.put("closesAt", "beforeOpens");
        } else if (received.newestNomination() != null && closes.isBefore(received.newestNomination())) {
            problems.put("closesAt", "beforeReceived");
        }
        if (f.awardDay() == null) {
            problems.put("awardDay", "required");
        } else if (f.closesAt() != null && !f.awardDay().isAfter(f.closesAt().toLocalDate())) {
            problems.put("awardDay", "beforeDeadline");
        }
        if (f.scoringDue() != null && f.closesAt() != null && (!f.scoringDue().isAfter(f.closesAt().toLocalDate())
                || f.awardDay() != null && f.scoringDue().isAfter(f.awardDay()))) {
            problems.put("scoringDue", "outside");
        }
        return problems;
    }

    private static void criteria(Map<String, String> problems, List<RoundForm.Criterion> criteria,
                                 PrizeRound.Received received) {
        if (criteria == null || criteria.isEmpty()) {
            problems.put("criteria", "required");
            return;
        }
        for (var c : criteria) {
            if (blank(c.titleSv()) || blank(c.titleEn()) || blank(c.descriptionSv()) || blank(c.descriptionEn())) {
                problems.put("criteria", "incomplete");
            }
        }
        var kept = criteria.stream().map(RoundForm.Criterion::id).filter(Objects::nonNull).toList();
        if (!kept.containsAll(received.answeredCriteria())) {
            problems.put("criteria", "answered");
        }
    }

    private static void required(Map<String, String> problems, String field, String value) {
        if (blank(value)) {
            problems.put(field, "required");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
