package se.huddinge.delaktighet.base.ui;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Short ids that tie an error the visitor sees to its log line. */
public final class ErrorIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ErrorIds() {
    }

    public static String next() {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        return "E-" + HexFormat.of().withUpperCase().formatHex(bytes);
    }
}
