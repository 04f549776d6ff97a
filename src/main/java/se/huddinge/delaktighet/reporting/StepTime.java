package se.huddinge.delaktighet.reporting;

/**
 * How long one step took, for the steps completed in a period, in Swedish working days (the day the step began
 * does not count, the day it ended does).
 *
 * @param median  the median, or null when no step was completed
 * @param p90     the 90th percentile (linear interpolation, as PERCENTILE_CONT), or null
 * @param onTime  how many were done by their first due date, so their letter went out on time
 */
public record StepTime(ServiceStep step, int count, Double median, Double p90, int onTime) {

    public Double onTimeShare() {
        return count == 0 ? null : (double) onTime / count;
    }

    /** Steps done on time, as a share of all the steps given, or null when there were none. */
    public static Double onTimeShare(java.util.List<StepTime> steps) {
        int count = steps.stream().mapToInt(StepTime::count).sum();
        return count == 0 ? null : (double) steps.stream().mapToInt(StepTime::onTime).sum() / count;
    }
}
