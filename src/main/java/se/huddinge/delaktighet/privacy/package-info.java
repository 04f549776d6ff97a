/**
 * Privacy: how long personal data is kept and the job that keeps to it. {@link se.huddinge.delaktighet.privacy.RetentionPeriods}
 * holds the periods, {@link se.huddinge.delaktighet.privacy.RetentionJob} runs them (once across instances) and writes
 * what it did to the audit trail, and the privacy notice ({@code personuppgifter}) states them. Each rule is written
 * where its data lives: {@code proposal.ProposalRetention}, {@code nomination.PrizeDecisions} (a round's own period),
 * {@code notification.LetterRetention}; this module only says when, and keeps a matter's letters in its transaction.
 */
package se.huddinge.delaktighet.privacy;
