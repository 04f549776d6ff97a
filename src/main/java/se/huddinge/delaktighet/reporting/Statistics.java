package se.huddinge.delaktighet.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.vaadin.flow.i18n.I18NProvider;

import se.huddinge.delaktighet.proposal.Decision;
import se.huddinge.delaktighet.proposal.ProposalRules;
import se.huddinge.delaktighet.proposal.ProposalStatus;
import se.huddinge.delaktighet.reporting.internal.TimelineQueries;
import se.huddinge.delaktighet.security.StaffRole;

/** The charts of a year (per month, district, category, outcome) and of one proposal's supports, with their words. */
@Service
public class Statistics {

    private static final List<ProposalStatus> MONTHLY = List.of(ProposalStatus.IN_MODERATION,
            ProposalStatus.PUBLISHED, ProposalStatus.NOT_PUBLISHED);

    private final TimelineQueries timeline;
    private final NamedParameterJdbcTemplate jdbc;
    private final ProposalRules rules;
    private final I18NProvider i18n;
    private final Clock clock;

    Statistics(TimelineQueries timeline, NamedParameterJdbcTemplate jdbc, ProposalRules rules, I18NProvider i18n,
               Clock clock) {
        this.timeline = timeline;
        this.jdbc = jdbc;
        this.rules = rules;
        this.i18n = i18n;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(StaffRole.IS_STAFF)
    public List<Chart> ofYear(int year, Locale locale) {
        return List.of(perMonth(year, locale), perDistrict(year, locale), perCategory(year, locale),
                perOutcome(year, locale));
    }

    Chart perMonth(int year, Locale locale) {
        long[][] counts = timeline.perMonth(MONTHLY, year, clock.getZone());
        var months = Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.SHORT_STANDALONE, locale)).toList();
        var series = new ArrayList<Chart.Series>();
        for (int s = 0; s < MONTHLY.size(); s++) {
            series.add(new Chart.Series(t("chart.series." + MONTHLY.get(s).name(), locale),
                    Arrays.stream(counts[s]).boxed().toList()));
        }
        int busiest = 0;
        for (int m = 1; m < 12; m++) {
            busiest = counts[0][m] > counts[0][busiest] ? m : busiest;
        }
        long total = Arrays.stream(counts[0]).sum();
        String summary = total == 0 ? t("chart.month.none", locale, year)
                : t("chart.month.summary", locale, year, total, Month.of(busiest + 1).getDisplayName(TextStyle.FULL_STANDALONE,
                locale), counts[0][busiest]);
        return new Chart("chart-month", t("chart.month.title", locale, year), summary, t("chart.month.category", locale),
                months, series, false);
    }

    Chart perDistrict(int year, Locale locale) {
        return perColumn("district", "chart-district", year, locale, c -> c);
    }

    /** Received per district from counts already made (the follow-up has them), sorted as the chart wants them. */
    Chart perDistrict(int year, Map<String, Long> received, Locale locale) {
        return chart("district", "chart-district", year, locale, c -> c, sorted(received));
    }

    Chart perCategory(int year, Locale locale) {
        return perColumn("category", "chart-category", year, locale,
                c -> rules.category(c).map(n -> n.name(locale)).orElse(c));
    }

    private Chart perColumn(String column, String id, int year, Locale locale,
                            java.util.function.Function<String, String> label) {
        return chart(column, id, year, locale, label,
                timeline.byProposal(column, ProposalStatus.IN_MODERATION, start(year), start(year + 1)));
    }

    private static Map<String, Long> sorted(Map<String, Long> counts) {
        var sorted = new java.util.LinkedHashMap<String, Long>();
        counts.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    private Chart chart(String column, String id, int year, Locale locale,
                        java.util.function.Function<String, String> label, Map<String, Long> counts) {
        var names = counts.keySet().stream().map(label).toList();
        String summary = counts.isEmpty() ? t("chart.month.none", locale, year)
                : t("chart." + column + ".summary", locale, year, names.getFirst(), counts.values().iterator().next());
        return new Chart(id, t("chart." + column + ".title", locale, year), summary,
                t("chart." + column + ".category", locale), names,
                List.of(new Chart.Series(t("chart.series.IN_MODERATION", locale), List.copyOf(counts.values()))), true);
    }

    Chart perOutcome(int year, Locale locale) {
        var counts = timeline.counts(start(year), start(year + 1));
        var names = Arrays.stream(Decision.values()).map(d -> t("proposal.decision." + d.name(), locale)).toList();
        var values = Arrays.stream(Decision.values()).map(d -> counts.outcomes().get(d)).toList();
        String summary = counts.decided() == 0 ? t("chart.outcome.none", locale, year)
                : t("chart.outcome.summary", locale, year, counts.decided(), values.get(0), values.get(1), values.get(2));
        return new Chart("chart-outcome", t("chart.outcome.title", locale, year), summary,
                t("chart.outcome.category", locale), names,
                List.of(new Chart.Series(t("chart.series.DECIDED", locale), values)), false);
    }

    /** Supports of one proposal, counted up week by week from its publication. */
    @Transactional(readOnly = true)
    @PreAuthorize(StaffRole.IS_STAFF)
    public Optional<Chart> supports(String reference, Locale locale) {
        var proposal = jdbc.query("select id, published_at from proposal where reference = :ref and published_at "
                + "is not null", new MapSqlParameterSource("ref", reference == null ? "" : reference.strip()
                .toUpperCase(Locale.ROOT)), (rs, n) -> new Object[]{rs.getLong(1),
                rs.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC)}).stream().findFirst();
        if (proposal.isEmpty()) {
            return Optional.empty();
        }
        long id = (Long) proposal.get()[0];
        LocalDate published = LocalDate.ofInstant((Instant) proposal.get()[1], clock.getZone());
        var perWeek = new TreeMap<Long, Long>();
        // counted per hour in the database, each hour placed on its day in the portal's zone
        jdbc.query("select date_format(confirmed_at, '%Y-%m-%dT%H:00:00') as h, count(*) as n from support "
                + "where proposal_id = :id and confirmed_at is not null group by h", new MapSqlParameterSource("id", id),
                rs -> {
                    LocalDate day = LocalDate.ofInstant(LocalDateTime.parse(rs.getString("h")).toInstant(ZoneOffset.UTC),
                            clock.getZone());
                    perWeek.merge(ChronoUnit.WEEKS.between(published, day) + 1, rs.getLong("n"), Long::sum);
                });
        long weeks = Math.max(1, perWeek.isEmpty() ? 1 : perWeek.lastKey());
        var categories = new ArrayList<String>();
        var cumulative = new ArrayList<Long>();
        long sum = 0;
        for (long w = 1; w <= weeks; w++) {
            sum += perWeek.getOrDefault(w, 0L);
            categories.add(String.valueOf(w));
            cumulative.add(sum);
        }
        return Optional.of(new Chart("chart-supports", t("chart.supports.title", locale, reference.strip()),
                t("chart.supports.summary", locale, sum, weeks), t("chart.supports.category", locale), categories,
                List.of(new Chart.Series(t("chart.supports.series", locale), cumulative)), false));
    }

    private Instant start(int year) {
        return LocalDate.of(year, 1, 1).atStartOfDay(clock.getZone()).toInstant();
    }

    private String t(String key, Locale locale, Object... params) {
        return i18n.getTranslation(key, locale, params);
    }
}
