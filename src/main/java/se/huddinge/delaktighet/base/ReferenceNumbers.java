package se.huddinge.delaktighet.base;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Reference numbers like HF-2026-0042: one series a year, no gaps from concurrent confirmations. */
@Component
public class ReferenceNumbers {

    private final JdbcTemplate jdbc;

    ReferenceNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public String next(String prefix, int year) {
        String series = prefix + "-" + year;
        // the upsert locks the series' row until the transaction ends
        jdbc.update("insert into reference_counter (series, last_no) values (?, 1) "
                + "on duplicate key update last_no = last_no + 1", series);
        Integer no = jdbc.queryForObject("select last_no from reference_counter where series = ?", Integer.class, series);
        return "%s-%04d".formatted(series, no);
    }
}
