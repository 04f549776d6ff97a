package se.huddinge.delaktighet.proposal.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The type of an uploaded file, told by its first bytes, not by its name or what the browser claims. */
public final class FileTypes {

    /** The extension a stored file of each type gets, and the other spellings that are just as right. */
    private static final Map<String, String> EXTENSION = Map.of("image/png", "png", "image/jpeg", "jpg",
            "image/gif", "gif", "application/pdf", "pdf", "image/webp", "webp");
    /** The last part of a name after a dot, when it looks like an extension. */
    private static final Pattern LAST_EXTENSION = Pattern.compile("\\.[A-Za-z0-9]{1,5}$");

    private FileTypes() {
    }

    /**
     * The name a file of {@code type} is stored and offered for download under: the resident's name, with the
     * extension of the type its bytes show, so {@code bild.html} that is a PNG is {@code bild.png}, and {@code plan}
     * is {@code plan.pdf}. A name that already ends right ({@code .jpeg} for a JPEG too) is kept.
     */
    public static String named(String name, String type) {
        String extension = EXTENSION.get(type);
        String lower = name.toLowerCase(Locale.ROOT);
        if (extension == null || lower.endsWith("." + extension) || (extension.equals("jpg") && lower.endsWith(".jpeg"))) {
            return name;
        }
        String base = LAST_EXTENSION.matcher(name).replaceFirst("");
        return (base.isEmpty() ? name : base) + "." + extension;
    }

    public static Optional<String> detect(byte[] data) {
        if (starts(data, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        if (starts(data, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (starts(data, 'G', 'I', 'F', '8')) {
            return Optional.of("image/gif");
        }
        if (starts(data, '%', 'P', 'D', 'F', '-')) {
            return Optional.of("application/pdf");
        }
        if (data.length >= 12 && starts(data, 'R', 'I', 'F', 'F') && data[8] == 'W' && data[9] == 'E'
                && data[10] == 'B' && data[11] == 'P') {
            return Optional.of("image/webp");
        }
        return Optional.empty();
    }

    private static boolean starts(byte[] data, int... prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((data[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
