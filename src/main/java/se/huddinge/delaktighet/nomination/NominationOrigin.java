package se.huddinge.delaktighet.nomination;

import se.huddinge.delaktighet.base.Channel;
import se.huddinge.delaktighet.nomination.internal.Nomination;

/**
 * How a nomination came in and the language of its nominator's letters, so an officer who calls or writes uses it
 * (DD42, as the case page shows a proposal's, DD38). For staff who read residents' personal data
 * ({@link PrizeReview#origin}).
 *
 * @param identifiedBy how the officer identified the nominator, as noted; null on the web and once anonymised
 * @param registeredBy the officer who registered it; null on the web
 */
public record NominationOrigin(Channel channel, String language, String identifiedBy, String registeredBy) {

    static NominationOrigin of(Nomination n) {
        return new NominationOrigin(n.cameIn().channel(), n.getLanguage(), n.cameIn().identifiedBy(),
                n.cameIn().registeredBy());
    }
}
