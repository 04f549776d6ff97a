package se.huddinge.delaktighet.notification;

import se.huddinge.delaktighet.base.LinkRef;

/**
 * A one-time link the portal attaches to a letter, as a value of the letter's model: the page's path and the link
 * whose token completes it. The renderer turns it into the portal's address with a marker only this letter can
 * fill ({@link se.huddinge.delaktighet.base.LetterLinks}, DD20); a letter carries no other one-time link.
 *
 * @param path the page's path before the token, e.g. {@code "forslag/bekrafta/"}
 * @param ref  the link
 */
record LetterLink(String path, LinkRef ref) {
}
