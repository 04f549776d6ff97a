package se.huddinge.delaktighet.proposal;

import se.huddinge.delaktighet.base.LinkRef;

/**
 * A resident asked for a link to "Mina inskick". They always get a letter: with the link when the address has
 * something to show, otherwise one that says we found nothing (and no link). The event names the link; its token
 * is minted when the letter leaves (DD13).
 *
 * @param requestId tells two requests from the same address apart
 * @param email     the address asked for, normalised
 * @param link      the one-time link, or null when the address has nothing to show
 * @param language  the language the resident used on the page
 */
public record MySubmissionsLinkRequested(long requestId, String email, LinkRef link, String language) {

    /** Whether the address has anything to show, and so the letter has a link. */
    public boolean found() {
        return link != null;
    }
}
