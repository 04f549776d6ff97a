package se.huddinge.delaktighet.reporting;

import java.time.Instant;
import java.time.LocalDate;

import se.huddinge.delaktighet.proposal.ProposalStatus;

/** One line of the staff list, as every member of staff sees it: no personal data. */
public record ProposalRow(long id, String reference, String title, ProposalStatus status, String district,
                          String category, String committee, Instant submittedAt, int supports, LocalDate due) {
}
