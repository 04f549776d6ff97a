package se.huddinge.delaktighet.nomination;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * One year's Demokratipriset as other modules and the pages read it: the round's rules, dates and state, immutable,
 * and the pure rules of its dates. Nominations are accepted from {@code opensAt} up to and including
 * {@code closesAt}, both instants, so "20 August 23:59 in Stockholm" means the same on every server and across a
 * change of summer time. A deadline given to the minute is the end of that minute (see {@link #endOfMinute}), so a
 * nomination saved at 23:59:59.999 counts and one at 00:00:00.000 does not. The entity behind it stays inside the
 * module ({@code nomination.internal.PrizeRound}).
 *
 * @param aboutFi     the about text in Finnish, or null when none was written (DD43)
 * @param chair       the username of the committee member who chairs the decision, or null
 * @param publishedAt when the winners were published, or null
 */
public record RoundFacts(long id, int year, LocalDate formDecidedOn, String formDecision, String aboutSv,
                         String aboutEn, String aboutFi, List<Criterion> criteria, int prizeSumSek, int winners,
                         LocalDate callAnnouncedOn, Instant opensAt, Instant closesAt, LocalDate awardDay,
                         String awardPlace, LocalDate scoringDue, boolean selfNomination, int retentionMonths,
                         String chair, boolean decided, LocalDate meetingDate, String minutesRef, LocalDate announceOn,
                         Instant publishedAt) {

    /** Where a round stands at a given moment. */
    public enum Phase { ANNOUNCED, OPEN, REVIEW, DECIDED }

    /** Time left to the deadline: whole calendar days in the municipality's zone, and on the last day hours and minutes. */
    public record TimeLeft(long days, long hours, long minutes) {
    }

    /**
     * One criterion of the round: what a nomination is motivated against and the committee scores. The Finnish title
     * and description are null when none was written (DD43).
     */
    public record Criterion(long id, String titleSv, String titleEn, String descriptionSv, String descriptionEn,
                            String titleFi, String descriptionFi) {

        /** The title as written in {@code language} (Swedish, English or Finnish), or null when there is none. */
        public String title(Locale language) {
            return in(language, titleSv, titleEn, titleFi);
        }

        /** The description as written in {@code language}, or null when there is none. */
        public String description(Locale language) {
            return in(language, descriptionSv, descriptionEn, descriptionFi);
        }

        public String title(boolean english) {
            return english ? titleEn : titleSv;
        }

        public String description(boolean english) {
            return english ? descriptionEn : descriptionSv;
        }
    }

    public RoundFacts {
        criteria = List.copyOf(criteria);
    }

    /** The end of the minute {@code time} in {@code zone}: the last instant a deadline given to the minute includes. */
    public static Instant endOfMinute(LocalDateTime time, ZoneId zone) {
        return ZonedDateTime.of(time.truncatedTo(ChronoUnit.MINUTES), zone).toInstant()
                .plus(Duration.ofMinutes(1)).minusNanos(1000);
    }

    public Phase phaseAt(Instant now) {
        if (decided) {
            return Phase.DECIDED;
        }
        if (now.isBefore(opensAt)) {
            return Phase.ANNOUNCED;
        }
        return now.isAfter(closesAt) ? Phase.REVIEW : Phase.OPEN;
    }

    /** Whether a nomination saved, or confirmed, at {@code now} counts. */
    public boolean acceptsNominationsAt(Instant now) {
        return !now.isBefore(opensAt) && !now.isAfter(closesAt);
    }

    /** Whether the committee may score now: after the deadline, until the decision. */
    public boolean inReviewAt(Instant now) {
        return phaseAt(now) == Phase.REVIEW;
    }

    /** Whether members may be reminded to score now: in review, up to and including the scoring due day. */
    public boolean remindersAllowedAt(Instant now, ZoneId zone) {
        return inReviewAt(now) && (scoringDue == null || !LocalDate.ofInstant(now, zone).isAfter(scoringDue));
    }

    /** Time left to the deadline at {@code now}; zero once it has passed. Days are calendar days, so a 25-hour day counts once. */
    public TimeLeft timeLeft(Instant now, ZoneId zone) {
        if (now.isAfter(closesAt)) {
            return new TimeLeft(0, 0, 0);
        }
        long days = ChronoUnit.DAYS.between(LocalDate.ofInstant(now, zone), LocalDate.ofInstant(closesAt, zone));
        Duration left = Duration.between(now, closesAt);
        return days > 0 ? new TimeLeft(days, 0, 0) : new TimeLeft(0, left.toHours(), left.toMinutesPart());
    }

    /** The day after which nominators' and nominees' personal data is anonymised. */
    public LocalDate anonymiseOn() {
        return (awardDay != null ? awardDay : LocalDate.ofInstant(closesAt, ZoneOffset.UTC)).plusMonths(retentionMonths);
    }

    public ZonedDateTime closesAt(ZoneId zone) {
        return closesAt.atZone(zone);
    }

    public String about(boolean english) {
        return english ? aboutEn : aboutSv;
    }

    /** The about text as written in {@code language} (Swedish, English or Finnish), or null when there is none. */
    public String about(Locale language) {
        return in(language, aboutSv, aboutEn, aboutFi);
    }

    private static String in(Locale language, String sv, String en, String fi) {
        return switch (language.getLanguage()) {
            case "en" -> en;
            case "fi" -> fi;
            default -> sv;
        };
    }

    public boolean isChair(String username) {
        return chair != null && chair.equalsIgnoreCase(username);
    }

    public boolean isPublished() {
        return publishedAt != null;
    }

    /** The round as the administrator's form shows it. */
    public RoundForm form(ZoneId zone) {
        return new RoundForm(id, year, formDecidedOn, nullToEmpty(formDecision), aboutSv, aboutEn,
                nullToEmpty(aboutFi), criteria.stream().map(c -> new RoundForm.Criterion(c.id(), c.titleSv(), c.titleEn(),
                        c.descriptionSv(), c.descriptionEn(), nullToEmpty(c.titleFi()), nullToEmpty(c.descriptionFi())))
                        .toList(), prizeSumSek, winners, callAnnouncedOn,
                LocalDateTime.ofInstant(opensAt, zone), LocalDateTime.ofInstant(closesAt, zone).withSecond(0).withNano(0),
                awardDay, nullToEmpty(awardPlace), scoringDue, selfNomination, retentionMonths, nullToEmpty(chair));
    }

    /** The round's rules in one line, as the audit trail keeps them before and after a change. */
    public String summary(ZoneId zone) {
        return "%d: %s–%s, %d kr, %d vinnare, %d kriterier, självnominering %s, ordförande %s, sparas %d mån"
                .formatted(year, LocalDateTime.ofInstant(opensAt, zone).withNano(0),
                        LocalDateTime.ofInstant(closesAt, zone).withSecond(0).withNano(0), prizeSumSek, winners,
                        criteria.size(), selfNomination ? "ja" : "nej", chair == null ? "–" : chair, retentionMonths);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
