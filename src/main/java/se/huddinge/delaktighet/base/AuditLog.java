package se.huddinge.delaktighet.base;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Keeps a change of a setting or an account with who made it, when, and the value before and after, in the
 * caller's transaction (so it is kept exactly when the change is). The administrators' audit trail shows it beside
 * the decisions on proposals and the letter template edits, which their own tables keep.
 */
@Component
public class AuditLog {

    /** What kind of thing changed. */
    public enum Kind { ACCOUNT, SETTING, PRIZE_ROUND, RETENTION, COMMENT, ASSISTED }

    private static final int MAX = 2000;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AuditLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void record(Kind kind, String subject, String before, String after) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        jdbc.update("insert into audit_event (at, actor, kind, subject, before_value, after_value) values (?, ?, ?, ?, ?, ?)",
                LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), auth == null ? "system" : auth.getName(),
                kind.name(), subject, cut(before), cut(after));
    }

    private static String cut(String s) {
        return s == null || s.length() <= MAX ? s : s.substring(0, MAX - 1) + "…";
    }
}
