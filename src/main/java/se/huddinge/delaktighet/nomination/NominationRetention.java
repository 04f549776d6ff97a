package se.huddinge.delaktighet.nomination;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A nomination whose nominator never followed the link: deleted with its motivations once the link has stopped
 * working for the retention period. Confirmed nominations (also those confirmed too late) stay until their round's
 * personal data is anonymised ({@link PrizeDecisions#anonymiseDue}). The retention job (module {@code privacy}) says
 * when; each step runs in its transaction.
 */
@Service
public class NominationRetention {

    private static final String UNCONFIRMED = "n.status = 'AWAITING_CONFIRMATION' and n.link_expires_at < ?";

    private final JdbcTemplate jdbc;

    NominationRetention(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Unconfirmed nominations whose link stopped working before {@code before}. */
    @Transactional(readOnly = true)
    public List<Long> unconfirmed(Instant before) {
        return jdbc.queryForList("select n.id from nomination n where " + UNCONFIRMED, Long.class, utc(before));
    }

    /** Deletes the nomination if it is still unconfirmed and due; whether it did. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean deleteUnconfirmed(long id, Instant before) {
        if (jdbc.queryForList("select n.id from nomination n where n.id = ? and " + UNCONFIRMED + " for update",
                Long.class, id, utc(before)).isEmpty()) {
            return false;
        }
        jdbc.update("delete from nomination_motivation where nomination_id = ?", id);
        return jdbc.update("delete from nomination where id = ?", id) == 1;
    }

    /** As Hibernate stores instants ({@code hibernate.jdbc.time_zone: UTC}). */
    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
