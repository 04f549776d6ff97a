package se.huddinge.delaktighet.base;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * Swedish working days: Monday to Friday less the public holidays and the de facto holidays (midsommarafton,
 * julafton, nyårsafton) that Jollyday lists for Sweden. Service levels are counted in these days.
 */
@Component
public class WorkingDays {

    private final HolidayManager holidays =
            HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.SWEDEN));

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.isHoliday(date);
    }

    /** The date {@code days} working days after {@code start}; {@code start} itself does not count. */
    public LocalDate plusWorkingDays(LocalDate start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        LocalDate date = start;
        int left = days;
        while (left > 0) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                left--;
            }
        }
        return date;
    }

    /** The date itself when it is a working day, else the next working day: where a period that ends on a weekend or a holiday ends. */
    public LocalDate onOrAfter(LocalDate date) {
        LocalDate day = date;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** The date {@code days} working days before {@code end}. */
    public LocalDate minusWorkingDays(LocalDate end, int days) {
        LocalDate date = end;
        int left = days;
        while (left > 0) {
            date = date.minusDays(1);
            if (isWorkingDay(date)) {
                left--;
            }
        }
        return date;
    }
}
