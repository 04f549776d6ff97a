package se.huddinge.delaktighet.proposal;

import se.huddinge.delaktighet.base.LinkRef;

/**
 * The domain events of a proposal's life, past tense, carrying ids. Each is stored by Spring Modulith's registry
 * in the transaction of the change; the notification module turns them into letters. No event carries a token:
 * those that lead to a link letter name the link ({@link LinkRef}), whose token is minted when the letter leaves.
 */
public final class ProposalEvents {

    private ProposalEvents() {
    }

    /** The author sent a proposal: they get the link that proves their address. */
    public record ProposalSubmitted(long proposalId, LinkRef confirmLink) {
    }

    /** The author followed the link: the proposal has its reference number and awaits moderation (receipt). */
    public record ProposalConfirmed(long proposalId, LinkRef manageLink) {
    }

    public record ProposalPublished(long proposalId) {
    }

    public record ProposalNotPublished(long proposalId) {
    }

    /** A resident asked to support: they get the link that makes the support count. */
    public record SupportRequested(long supportId, long proposalId, LinkRef confirmLink) {
    }

    /**
     * An address that already supports asked again: only the letter to that address says so (the page does not).
     * {@code language} is the asker's; {@code at} tells two such requests apart.
     */
    public record SupportRepeated(long supportId, long proposalId, String language, java.time.Instant at) {
    }

    /** Reached the threshold; happens once per proposal. */
    public record ThresholdReached(long proposalId) {
    }

    /** The support period ended below the threshold. */
    public record ProposalClosed(long proposalId) {
    }

    public record ProposalReferred(long proposalId) {
    }

    public record ProposalDecided(long proposalId) {
    }

    public record ProposalWithdrawn(long proposalId) {
    }

    /** A politician took up a proposal that closed below the threshold ({@link TakenUp}); may happen more than once. */
    public record ProposalTakenUp(long proposalId, long takeUpId) {
    }

    /** A step of the scheme that has a due date. */
    public enum Step { MODERATION, REFERRAL, DECISION }

    /** A due date is near: officers are reminded. Once per proposal, step and due date. */
    public record StepDueSoon(long proposalId, Step step, java.time.LocalDate due) {
    }

    /** A due date passed without the step: the submitter is told the new expected date. Once per due date. */
    public record StepDelayed(long proposalId, Step step, java.time.LocalDate previousDue, java.time.LocalDate newDue) {
    }
}
