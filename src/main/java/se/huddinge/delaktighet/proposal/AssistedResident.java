package se.huddinge.delaktighet.proposal;

import se.huddinge.delaktighet.base.Channel;

/**
 * The resident an officer registers something for (DD40): how it came in, how the officer identified them (as
 * noted), their consent to the processing, their postal address and their language ({@code sv}, {@code en},
 * {@code fi}); every letter to them goes by post in that language.
 */
public record AssistedResident(Channel channel, String identifiedBy, boolean consent, String name, String street,
                               String postcode, String town, String language) {
}
