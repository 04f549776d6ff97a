package se.huddinge.delaktighet.reporting;

import java.util.List;
import java.util.Map;

/**
 * The annual follow-up of Huddingeförslag for the committee's February meeting: what happened in {@code year},
 * beside the year before, from the stored transitions (a step counts in the year it was taken).
 *
 * @param notPublishedByGround ground code to count, this year
 * @param stillOpen            proposals waiting for a step when the year ended
 * @param byDistrict           district to figures, in the order of {@link #DISTRICT_FIGURES}
 * @param byCommittee          committee code to figures, in the order of {@link #COMMITTEE_FIGURES}
 */
public record AnnualFollowUp(int year, YearCounts counts, YearCounts previous, List<StepTime> steps,
                             List<StepTime> previousSteps, long stillOpen, long previousStillOpen,
                             Map<String, Long> notPublishedByGround,
                             Map<String, long[]> byDistrict, Map<String, long[]> byCommittee) {

    /** Per district: the steps' statuses counted. */
    public static final List<String> DISTRICT_FIGURES = List.of("IN_MODERATION", "PUBLISHED", "NOT_PUBLISHED",
            "THRESHOLD_REACHED", "DECIDED");
    /** Per committee: referred, decided and the decisions by outcome. */
    public static final List<String> COMMITTEE_FIGURES = List.of("REFERRED", "DECIDED", "BIFALL", "AVSLAG",
            "BESVARAD");

    public StepTime step(ServiceStep step) {
        return find(steps, step);
    }

    public StepTime previousStep(ServiceStep step) {
        return find(previousSteps, step);
    }

    private static StepTime find(List<StepTime> list, ServiceStep step) {
        return list.stream().filter(s -> s.step() == step).findFirst().orElseThrow();
    }
}
