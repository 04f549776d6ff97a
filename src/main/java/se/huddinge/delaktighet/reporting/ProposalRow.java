package se.huddinge.delaktighet.reporting;

import java.time.Instant;
import java.time.LocalDate;

import se.huddinge.delaktighet.proposal.ProposalStatus;

/**
 * One line of the staff list. The author's name and address are filled only for roles that handle cases (officer,
 * administrator), otherwise null.
 */
public record ProposalRow(long id, String reference, String title, ProposalStatus status, String district,
                          String category, String committee, Instant submittedAt, int supports, LocalDate due,
                          String authorName, String authorEmail) {
}
