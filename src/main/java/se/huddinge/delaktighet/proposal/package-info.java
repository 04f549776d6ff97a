/**
 * Huddingeförslag: residents' proposals from submission (double opt-in) through moderation, publication,
 * support, closing, referral to a committee and decision. {@link se.huddinge.delaktighet.proposal.Proposal} holds
 * the state machine, {@link se.huddinge.delaktighet.proposal.ProposalRules} every number and list of the scheme,
 * {@code DueDates} every promised date, {@code ProposalChecks} every form's checks. The doors: residents' steps
 * ({@link se.huddinge.delaktighet.proposal.ProposalService}), public reads
 * ({@link se.huddinge.delaktighet.proposal.ProposalReads}), "Mina inskick"
 * ({@link se.huddinge.delaktighet.proposal.MySubmissionsService}), the officers' steps
 * ({@link se.huddinge.delaktighet.proposal.ProposalCaseService}) and the letters' door to residents' addresses
 * ({@link se.huddinge.delaktighet.proposal.ProposalMailing}, for the listeners only). Other modules get records, never
 * the entities, and no record a page reads has a resident's address (docs/security.md, "Who sees what").
 */
package se.huddinge.delaktighet.proposal;
