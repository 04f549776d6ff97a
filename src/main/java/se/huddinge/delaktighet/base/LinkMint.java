package se.huddinge.delaktighet.base;

import java.util.Optional;

/**
 * Mints the token of one kind of e-mailed link at the moment a letter carrying it leaves (DD13). The module that
 * owns the links offers one as a bean; the letter holds only a {@linkplain LetterLinks#placeholder placeholder}.
 */
public interface LinkMint {

    /** The kind of link, as named in placeholders, e.g. {@code "access"}: lower-case letters and dashes. */
    String kind();

    /**
     * A fresh token for the link {@code id}, its hash saved in this method's own transaction (committed before the
     * letter is handed to SMTP); empty when there is no such link any more.
     */
    Optional<String> mint(long id);
}
