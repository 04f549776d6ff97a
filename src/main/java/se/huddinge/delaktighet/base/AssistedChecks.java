package se.huddinge.delaktighet.base;

import java.util.Locale;
import java.util.function.Function;
import se.huddinge.delaktighet.base.form.FieldChecks;
import se.huddinge.delaktighet.base.form.FormField;
import se.huddinge.delaktighet.base.form.Reason;
import se.huddinge.delaktighet.base.i18n.PortalI18n;

/**
 * The checks of a registration on a resident's behalf that every module's officers' form shares (DD40, DD42): the
 * channel (not the web), how the officer identified the person (at most 200 characters, required), the consent, the
 * language of the letters (one the portal speaks, {@link PortalI18n#LANGUAGES}) and a postal address. Each form names
 * its own fields: {@code field} gets the part's name ({@code CHANNEL}, {@code IDENTIFIED_BY}, {@code CONSENT},
 * {@code LANGUAGE}, {@code NAME}, {@code STREET}, {@code POSTCODE}, {@code TOWN}) and answers the form's field of that
 * name.
 */
public final class AssistedChecks {

    public static final int IDENTIFIED_BY_MAX = 200;

    private AssistedChecks() {
    }

    /** How it came in, the identification, the consent and the language. */
    public static void cameIn(FieldChecks problems, Function<String, FormField> field, Channel channel,
                              String identifiedBy, boolean consent, String language) {
        if (channel == null || channel == Channel.WEB) {
            problems.add(field.apply("CHANNEL"), Reason.REQUIRED);
        }
        problems.check(field.apply("IDENTIFIED_BY"), InputCheck.text(identifiedBy, IDENTIFIED_BY_MAX, false));
        if (!consent) {
            problems.add(field.apply("CONSENT"), Reason.REQUIRED);
        }
        if (PortalI18n.LANGUAGES.stream().noneMatch(l -> l.getLanguage().equals(language))) {
            problems.add(field.apply("LANGUAGE"), Reason.REQUIRED);
        }
    }

    /** The postal address's first problem, at its part's field. */
    public static void address(FieldChecks problems, Function<String, FormField> field, String name, String street,
                               String postcode, String town) {
        String p = PostalAddress.problem(name, street, postcode, town);
        if (p != null) {
            String[] parts = p.split("\\.");
            problems.add(field.apply(parts[0].toUpperCase(Locale.ROOT)),
                    "format".equals(parts[1]) ? Reason.INVALID : Reason.of(parts[1]));
        }
    }
}
