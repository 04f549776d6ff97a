package se.huddinge.delaktighet.reporting;

import java.time.Instant;

/**
 * A proposal closed below the threshold, as politicians look for ideas to take up: no personal data for anyone.
 *
 * @param takenUp how many times a politician has taken it up so far
 */
public record BelowThresholdRow(long id, String reference, String title, String district, String category,
                                Instant closedAt, int supports, int takenUp) {
}
