/**
 * Demokratipriset, the whole yearly round. {@code internal.PrizeRound} holds the round's rules and its deadline,
 * {@code internal.Nomination} a nomination's life (it counts once its e-mailed link is followed before the deadline),
 * {@link se.huddinge.delaktighet.nomination.PrizeRules} the scheme's defaults. The entities stay inside the module:
 * other modules and the pages get records ({@link se.huddinge.delaktighet.nomination.RoundFacts}, with the rules of a
 * round's dates, {@link se.huddinge.delaktighet.nomination.NominationFacts}, DD31). The doors: {@link se.huddinge.delaktighet.nomination.PrizeRounds} (administrators, public pages),
 * {@link se.huddinge.delaktighet.nomination.NominationService} (residents),
 * {@link se.huddinge.delaktighet.nomination.PrizeReview} (the committee's scores and the officers' progress),
 * {@link se.huddinge.delaktighet.nomination.PrizeDecisions} (decision, publication, anonymisation) and
 * {@link se.huddinge.delaktighet.nomination.NominationMailing} (the letters' door to nominators' addresses, for the
 * listeners only). A nominator's name, address and phone and a nominee's contact reach a page only through a method
 * that checks the reader may see them: {@link se.huddinge.delaktighet.nomination.PrizeReview#contacts} here, and
 * {@code reporting.StaffNominations} for the list.
 *
 * <p>Choices a newcomer asks about:
 * <ul>
 * <li>A deadline given to the minute is the end of that minute ({@code RoundFacts.endOfMinute}): 23:59 takes
 * nominations up to 23:59:59.999999, stored as an instant, so summer time and the server's zone change nothing. A
 * time that occurs twice (the night the clocks go back) means the first.</li>
 * <li>The proof link lives on the nomination itself (its token's hash and expiry), not in the proposals' link table:
 * following it is the nomination's own step, checked against the round's deadline in the same transaction.</li>
 * <li>The per-address allowance for link letters, reference numbers and the input checks are shared plumbing in
 * {@code base} ({@code AddressAllowance}, {@code ReferenceNumbers}, {@code InputCheck}, DD31), and the link letters
 * count against the proposals' allowance ({@code ProposalRules}): one allowance covers both forms. Proposals do not
 * know the prize: "Mina inskick" shows nominations through {@link se.huddinge.delaktighet.proposal.OtherSubmissions},
 * which this module implements.</li>
 * <li>Outcome letters go on the announcement day, when the winners are published, not at the decision.</li>
 * </ul>
 */
package se.huddinge.delaktighet.nomination;
