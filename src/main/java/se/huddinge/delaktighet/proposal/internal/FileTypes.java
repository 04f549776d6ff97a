package se.huddinge.delaktighet.proposal.internal;

import java.util.Optional;

/** The type of an uploaded file, told by its first bytes, not by its name or what the browser claims. */
public final class FileTypes {

    private FileTypes() {
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
