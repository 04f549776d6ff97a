package se.huddinge.delaktighet.nomination;

import se.huddinge.delaktighet.base.Channel;

/**
 * How a nomination registered by an officer came in (DD42), besides the form itself (whose nominator's name, e-mail
 * address, phone and consent are the nominator's): the channel, how the officer identified the nominator (as noted),
 * a postal address for a nominator without e-mail, and the language of their letters ({@code sv}, {@code en},
 * {@code fi}).
 */
public record AssistedNominator(Channel channel, String identifiedBy, String street, String postcode, String town,
                                String language) {
}
