package se.huddinge.delaktighet.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    private final WorkingDays days = new WorkingDays();

    @Test
    void easter_is_skipped() {
        // Maundy Thursday 2 April 2026; Good Friday 3 April and Easter Monday 6 April are holidays
        assertThat(days.isWorkingDay(LocalDate.of(2026, 4, 3))).isFalse();
        assertThat(days.isWorkingDay(LocalDate.of(2026, 4, 6))).isFalse();
        assertThat(days.plusWorkingDays(LocalDate.of(2026, 4, 2), 1)).isEqualTo(LocalDate.of(2026, 4, 7));
    }

    @Test
    void midsummer_eve_and_christmas_are_not_working_days() {
        assertThat(days.isWorkingDay(LocalDate.of(2026, 6, 19))).as("midsommarafton").isFalse();
        assertThat(days.isWorkingDay(LocalDate.of(2026, 12, 24))).as("julafton").isFalse();
        assertThat(days.isWorkingDay(LocalDate.of(2026, 12, 25))).as("juldagen").isFalse();
        assertThat(days.isWorkingDay(LocalDate.of(2026, 6, 18))).isTrue();
    }

    @Test
    void ten_working_days_from_a_monday_is_two_weeks_later() {
        assertThat(days.plusWorkingDays(LocalDate.of(2026, 3, 2), 10)).isEqualTo(LocalDate.of(2026, 3, 16));
    }

    @Test
    void counting_across_christmas_and_new_year() {
        // 23 Dec 2026 (Wed) + 3 working days: 24, 25, 26 (Sat), 27 (Sun) out; 28, 29, 30 count
        assertThat(days.plusWorkingDays(LocalDate.of(2026, 12, 23), 3)).isEqualTo(LocalDate.of(2026, 12, 30));
        assertThat(days.minusWorkingDays(LocalDate.of(2026, 12, 28), 1)).isEqualTo(LocalDate.of(2026, 12, 23));
    }
}
