package se.huddinge.delaktighet.proposal;

import java.util.List;
import java.util.Locale;

/**
 * What an address sent through another feature (the prize's nominations), shown in "Mina inskick" beside the
 * proposals. The other feature implements it, so that proposals need not know that feature.
 */
public interface OtherSubmissions {

    /** Whether the address has sent anything here: decides whether the "Mina inskick" letter carries a link. */
    boolean existFor(String email);

    /** The address's part of the list, already in the reader's words. */
    Section sectionFor(String email, Locale locale);

    /** A heading and its lines; {@code empty} is shown when there are none. */
    record Section(String id, String heading, String empty, List<Line> lines) {
    }

    /** One thing sent: what it is about, and where it stands with its next step. */
    record Line(String title, String state) {
    }
}
