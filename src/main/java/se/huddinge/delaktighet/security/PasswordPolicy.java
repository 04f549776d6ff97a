package se.huddinge.delaktighet.security;

import com.nulabinc.zxcvbn.Zxcvbn;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What a staff password must be: at least {@value #MIN_LENGTH} characters (length over composition rules, as NCSC
 * and NIST advise), at most {@value #MAX_BYTES} bytes in UTF-8 (bcrypt ignores what comes after, so a longer
 * password is refused rather than silently cut), and not easy to guess: zxcvbn's estimate (its lists of the most
 * common passwords, names and words, keyboard rows, repeats, dates, the account's own names, and the Swedish words
 * common in passwords in {@code security/common-passwords-sv.txt}, which its English lists lack) must reach
 * {@value #MIN_SCORE} of 4, at least 10^10 guesses.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_BYTES = 72;
    static final int MIN_SCORE = 4;
    private static final Zxcvbn ESTIMATOR = new Zxcvbn();
    private static final List<String> SWEDISH = swedishWords();

    /** What is wrong with a password, if anything. */
    public enum Verdict { OK, TOO_SHORT, TOO_LONG, TOO_EASY }

    private PasswordPolicy() {
    }

    /** Checks {@code password}; {@code personal} are the account's own words (username, name, address). */
    public static Verdict check(String password, String... personal) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Verdict.TOO_SHORT;
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Verdict.TOO_LONG;
        }
        var words = new ArrayList<>(SWEDISH);
        Arrays.stream(personal).filter(Objects::nonNull).map(w -> w.strip().toLowerCase(Locale.ROOT))
                .flatMap(w -> Stream.concat(Stream.of(w), Arrays.stream(w.split("[\\s@._-]+"))))
                .filter(w -> w.length() > 1).forEach(words::add);
        return ESTIMATOR.measure(password, words).getScore() < MIN_SCORE ? Verdict.TOO_EASY : Verdict.OK;
    }

    private static List<String> swedishWords() {
        try (var in = PasswordPolicy.class.getResourceAsStream("/security/common-passwords-sv.txt")) {
            return new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
