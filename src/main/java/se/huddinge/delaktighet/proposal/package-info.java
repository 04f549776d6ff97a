/**
 * Huddingeförslag: residents' proposals from submission (double opt-in) through moderation, publication,
 * support, closing, referral to a committee and decision. {@link se.huddinge.delaktighet.proposal.Proposal} holds
 * the state machine, {@link se.huddinge.delaktighet.proposal.ProposalRules} every number and list of the scheme,
 * {@link se.huddinge.delaktighet.proposal.ProposalService} is the only door.
 */
package se.huddinge.delaktighet.proposal;
