package se.huddinge.delaktighet.reporting;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.vaadin.flow.i18n.I18NProvider;

import se.huddinge.delaktighet.base.i18n.Dates;
import se.huddinge.delaktighet.nomination.RoundFacts;
import se.huddinge.delaktighet.nomination.PrizeRounds;
import se.huddinge.delaktighet.proposal.ProposalRules;
import se.huddinge.delaktighet.proposal.WaitingStep;
import se.huddinge.delaktighet.security.StaffRole;

/**
 * A draft agenda item (ärende) for a meeting of the committee: the proposals that reached the threshold and wait
 * to be referred, those referred and waiting for a decision, the prize decision when the round has closed, and
 * the annual follow-up at the February meeting. As text to copy and as PDF.
 */
@Service
public class AgendaItems {

    /** A point on the agenda: a heading and its lines. */
    public record Point(String heading, List<String> lines) {
    }

    /** The draft: a title and its points. */
    public record Draft(String title, List<Point> points) {

        public String text() {
            var s = new StringBuilder(title).append("\n");
            int n = 1;
            for (Point p : points) {
                s.append("\n").append(n++).append(". ").append(p.heading()).append("\n");
                p.lines().forEach(line -> s.append("   – ").append(line).append("\n"));
            }
            return s.toString();
        }
    }

    private static final int MAX_LISTED = 200;

    private final NamedParameterJdbcTemplate jdbc;
    private final PrizeRounds rounds;
    private final ProposalRules rules;
    private final PdfDocuments pdfs;
    private final I18NProvider i18n;
    private final Clock clock;

    AgendaItems(NamedParameterJdbcTemplate jdbc, PrizeRounds rounds, ProposalRules rules, PdfDocuments pdfs,
                I18NProvider i18n, Clock clock) {
        this.jdbc = jdbc;
        this.rounds = rounds;
        this.rules = rules;
        this.pdfs = pdfs;
        this.i18n = i18n;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(StaffRole.IS_STAFF)
    public Draft draft(LocalDate meeting, Locale locale) {
        var points = new ArrayList<Point>();
        var threshold = lines("select reference, title, threshold_reached_at as since, " + WaitingStep.sql("p")
                + " as due, null as committee, null as case_number from proposal p where status = 'THRESHOLD_REACHED' "
                + "order by threshold_reached_at, id", "agenda.line.threshold", locale);
        if (!threshold.isEmpty()) {
            points.add(new Point(t("agenda.threshold", locale, threshold.size()), threshold));
        }
        var referred = lines("select reference, title, referred_at as since, " + WaitingStep.sql("p") + " as due, "
                + "committee, case_number from proposal p where status = 'REFERRED' order by referred_at, id",
                "agenda.line.referred", locale);
        if (!referred.isEmpty()) {
            points.add(new Point(t("agenda.referred", locale, referred.size()), referred));
        }
        for (RoundFacts round : rounds.undecided()) {
            if (round.closesAt().isBefore(meeting.atStartOfDay(clock.getZone()).toInstant())) {
                points.add(new Point(t("agenda.prize", locale, round.year()), List.of(t("agenda.line.prize", locale,
                        Dates.longDate(round.closesAt(clock.getZone()).toLocalDate(), locale), round.winners(),
                        round.awardDay() == null ? "–" : Dates.longDate(round.awardDay(), locale)))));
            }
        }
        if (meeting.getMonth() == Month.FEBRUARY) {
            points.add(new Point(t("agenda.followUp", locale, meeting.getYear() - 1),
                    List.of(t("agenda.line.followUp", locale, meeting.getYear() - 1))));
        }
        if (points.isEmpty()) {
            points.add(new Point(t("agenda.nothing", locale), List.of()));
        }
        return new Draft(t("agenda.heading", locale, Dates.longDate(meeting, locale)), points);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(StaffRole.IS_STAFF)
    public void pdf(LocalDate meeting, Locale locale, OutputStream out) {
        Draft draft = draft(meeting, locale);
        var body = new Xhtml();
        int n = 1;
        for (Point p : draft.points()) {
            body.element("h2", n++ + ". " + p.heading());
            if (!p.lines().isEmpty()) {
                body.raw("<ul>");
                p.lines().forEach(line -> body.element("li", line));
                body.raw("</ul>");
            }
        }
        pdfs.write(draft.title(), body.toString(), locale, out);
    }

    private List<String> lines(String sql, String key, Locale locale) {
        return jdbc.query(sql + " limit " + MAX_LISTED, new MapSqlParameterSource(), (rs, n) -> {
            var since = rs.getObject("since", java.time.LocalDateTime.class);
            var due = rs.getObject("due", LocalDate.class);
            String committee = rs.getString("committee");
            return t(key, locale, rs.getString("reference"), rs.getString("title"),
                    since == null ? "–" : Dates.longDate(since.atZone(java.time.ZoneOffset.UTC)
                            .withZoneSameInstant(clock.getZone()).toLocalDate(), locale),
                    due == null ? "–" : Dates.longDate(due, locale),
                    committee == null ? "" : rules.committee(committee).map(c -> c.name(locale)).orElse(committee),
                    rs.getString("case_number") == null ? "" : rs.getString("case_number"));
        });
    }

    private String t(String key, Locale locale, Object... params) {
        return i18n.getTranslation(key, locale, params);
    }
}
