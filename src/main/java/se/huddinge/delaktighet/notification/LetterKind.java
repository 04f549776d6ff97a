package se.huddinge.delaktighet.notification;

import java.util.Arrays;
import java.util.stream.Collectors;
import se.huddinge.delaktighet.base.Tokens;

/**
 * A kind of letter in the catalogue: the template it is written from, and the key that makes each letter of the
 * kind go out once. A feature's catalogue is an enum of these ({@link ProposalLetter}); a new letter is a new
 * constant, its two templates ({@code NAME_sv.txt}, {@code NAME_en.txt}) and the listener line that writes it.
 */
interface LetterKind {

    /** The template's name under {@code templates/mail/}, also the first part of every dedup key. */
    String template();

    /**
     * Whether the letter goes to an address nobody has proven yet (a link that proves it): residents' words in it
     * are then made {@linkplain se.huddinge.delaktighet.base.PlainText#inert inert}, so no one can use the portal to
     * mail a stranger a clickable link.
     */
    default boolean toUnprovenAddress() {
        return false;
    }

    /**
     * The key of one letter of this kind: the template's name and the parts that tell two letters of the kind
     * apart (a proposal id, a recipient). Keys longer than the column are shortened to a hash, still unique.
     */
    default String dedupKey(Object... parts) {
        String key = template() + ":" + Arrays.stream(parts).map(String::valueOf).collect(Collectors.joining(":"));
        return key.length() <= 200 ? key : template() + ":" + Tokens.hash(key);
    }
}
