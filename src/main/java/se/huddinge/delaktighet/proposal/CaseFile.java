package se.huddinge.delaktighet.proposal;

import java.time.LocalDate;

/**
 * A proposal as every member of staff sees it on the case page: the submitter's name, the text, the due date of the
 * step it waits for, and the version a staff step is checked against. {@code due} is the due date of the step it
 * waits for ({@link WaitingStep#due}), or null. Other modules get this record, never the entity. It has no address:
 * the author's is {@link ProposalCaseService#authorAddress}, for staff who read addresses. {@code language} is the
 * language the author wrote in and reads their letters in ("sv", "fi" or "en").
 */
public record CaseFile(long id, long version, String reference, ProposalStatus status, String title, String text,
                       String district, String category, String authorName, int supportCount,
                       LocalDate moderationDue, LocalDate referralDue, LocalDate decisionDue, LocalDate due,
                       String language) {

    static CaseFile of(Proposal p) {
        return new CaseFile(p.getId(), p.getVersion(), p.getReference(), p.getStatus(), p.getTitle(), p.getText(),
                p.getDistrict(), p.getCategory(), p.getAuthorName(), p.getSupportCount(),
                p.getModerationDue(), p.getReferralDue(), p.getDecisionDue(), WaitingStep.due(p),
                p.getLanguage());
    }
}
