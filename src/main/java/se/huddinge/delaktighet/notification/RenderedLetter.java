package se.huddinge.delaktighet.notification;

import java.util.List;
import se.huddinge.delaktighet.base.LinkRef;

/**
 * A letter's words: the subject line, the plain-text body and the same body as HTML; and the one-time links the
 * portal attached, whose tokens go where the bodies hold a marker with {@code linkKey} (DD20). A letter without
 * such links has no key.
 */
public record RenderedLetter(String subject, String text, String html, String linkKey, List<LinkRef> links) {

    public RenderedLetter {
        links = List.copyOf(links);
    }
}
