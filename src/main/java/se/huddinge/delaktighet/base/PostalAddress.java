package se.huddinge.delaktighet.base;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A resident's postal address, for a resident without e-mail (DD40). It travels where an e-mail address would: as a
 * recipient string {@code "post:"} + name, street, postcode and town on their own lines, so every letter the portal
 * writes to that resident becomes a letter by post ({@code notification.PrintQueue}) without the letter writers
 * knowing. Its {@link #key} is what "the same person" means for supports by post: name and address, normalised.
 */
public record PostalAddress(String name, String street, String postcode, String town) {

    public static final String PREFIX = "post:";
    public static final int NAME_MAX = 80;
    public static final int STREET_MAX = 100;
    public static final int POSTCODE_MAX = 6;
    public static final int TOWN_MAX = 40;

    /** Null when every part is fine, else the part's name and the problem's key, e.g. {@code postcode.required}. */
    public static String problem(String name, String street, String postcode, String town) {
        for (var part : List.of(new Object[] {"name", name, NAME_MAX}, new Object[] {"street", street, STREET_MAX},
                new Object[] {"town", town, TOWN_MAX})) {
            String p = InputCheck.text((String) part[1], (Integer) part[2], false);
            if (p != null) {
                return part[0] + "." + p;
            }
        }
        if (postcode == null || postcode.isBlank()) {
            return "postcode.required";
        }
        return postcode.replace(" ", "").matches("\\d{5}") ? null : "postcode.format";
    }

    /** The address as saved: each part cleaned, the postcode written {@code 141 85}. */
    public static PostalAddress of(String name, String street, String postcode, String town) {
        String digits = postcode.replace(" ", "").strip();
        return new PostalAddress(InputCheck.clean(name), InputCheck.clean(street),
                digits.substring(0, 3) + " " + digits.substring(3), InputCheck.clean(town));
    }

    /** The recipient string letters carry. */
    public String recipient() {
        return PREFIX + String.join("\n", name, street, postcode + " " + town);
    }

    /** The lines of the address block, as the post wants them. */
    public List<String> lines() {
        return List.of(name, street, postcode + " " + town.toUpperCase(PortalLocale.SV));
    }

    /** A recipient as staff read it: an e-mail address as it is, a postal address on one line after "post:". */
    public static String display(String recipient) {
        return fromRecipient(recipient).map(a -> PREFIX + " " + a.name() + ", " + a.street() + ", " + a.postcode()
                + " " + a.town()).orElse(recipient);
    }

    /** Whether a recipient is a postal address rather than an e-mail address. */
    public static boolean isPostal(String recipient) {
        return recipient != null && recipient.startsWith(PREFIX);
    }

    /** The postal address a recipient string names; empty for an e-mail address (or a forgotten one). */
    public static Optional<PostalAddress> fromRecipient(String recipient) {
        if (!isPostal(recipient)) {
            return Optional.empty();
        }
        String[] lines = recipient.substring(PREFIX.length()).split("\n", -1);
        if (lines.length != 3 || lines[2].length() < 7) {
            return Optional.empty();
        }
        return Optional.of(new PostalAddress(lines[0], lines[1], lines[2].substring(0, 6), lines[2].substring(7)));
    }

    /**
     * The same person at the same address, however it was typed: case, accents, spaces and punctuation do not count
     * ("Anna-Lena Öberg, Storgatan 1 B" = "anna lena oberg, storgatan 1b"). Two people of the same name at one address
     * are one key: the officer's form says so and the officer decides (DD40).
     */
    public String key() {
        return PREFIX + String.join("|", fold(name), fold(street), postcode.replace(" ", ""), fold(town));
    }

    /** Lower case without accents, spaces or punctuation. */
    public static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** Swedish upper case for the town line. */
    private static final class PortalLocale {
        static final Locale SV = Locale.of("sv");
    }
}
