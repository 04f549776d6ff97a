package se.huddinge.delaktighet.reporting.internal;

import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import se.huddinge.delaktighet.base.WorkingDays;

/**
 * Counts working days between two dates in constant time: per year, how many working days precede each day
 * ({@link WorkingDays} decides which day is one), so thousands of handling times cost no calendar walks.
 */
@Component
public class WorkingDayCounter {

    private static final int BASE_YEAR = 2000;

    private final WorkingDays workingDays;
    private final Map<Integer, int[]> before = new ConcurrentHashMap<>();
    private final Map<Integer, Integer> yearStart = new ConcurrentHashMap<>();

    WorkingDayCounter(WorkingDays workingDays) {
        this.workingDays = workingDays;
    }

    /** The working days after {@code from} up to and including {@code to}; 0 when {@code to} is not after it. */
    public int between(LocalDate from, LocalDate to) {
        return to.isAfter(from) ? ordinal(to) - ordinal(from) : 0;
    }

    /** Working days from 1 January of the base year up to and including {@code date}. */
    private int ordinal(LocalDate date) {
        return start(date.getYear()) + days(date.getYear())[date.getDayOfYear()];
    }

    private int start(int year) {
        Integer known = yearStart.get(year);
        if (known != null) {
            return known;
        }
        int sum = 0;
        for (int y = BASE_YEAR; y < year; y++) {
            sum += days(y)[Year.of(y).length()];
        }
        yearStart.put(year, sum);
        return sum;
    }

    /** Index d: working days from 1 January up to and including day-of-year d (index 0 is 0). */
    private int[] days(int year) {
        return before.computeIfAbsent(year, y -> {
            int length = Year.of(y).length();
            int[] counts = new int[length + 1];
            LocalDate day = LocalDate.of(y, 1, 1);
            for (int d = 1; d <= length; d++, day = day.plusDays(1)) {
                counts[d] = counts[d - 1] + (workingDays.isWorkingDay(day) ? 1 : 0);
            }
            return counts;
        });
    }
}
