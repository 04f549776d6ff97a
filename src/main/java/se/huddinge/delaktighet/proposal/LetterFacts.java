package se.huddinge.delaktighet.proposal;

import java.util.List;

/**
 * What the letters about a proposal need: the proposal as staff see it and the addresses to write to. For the
 * notification module; not for views.
 */
public record LetterFacts(Proposal proposal, List<Subscriber> subscribers) {

    /** A supporter who asked to hear about the close and the decision. */
    public record Subscriber(String email, String language) {
    }
}
