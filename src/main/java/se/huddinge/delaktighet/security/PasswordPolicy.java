package se.huddinge.delaktighet.security;

import com.nulabinc.zxcvbn.StandardDictionaries;
import com.nulabinc.zxcvbn.StandardKeyboards;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.ZxcvbnBuilder;
import com.nulabinc.zxcvbn.matchers.Dictionary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import se.huddinge.delaktighet.base.PortalSettings;

/**
 * What a staff password must be: at least {@value #MIN_LENGTH} characters (length over composition rules, as NCSC
 * and NIST advise), at most {@value #MAX_BYTES} bytes in UTF-8 (bcrypt ignores what comes after, so a longer
 * password is refused rather than silently cut), and not easy to guess: zxcvbn's estimate must reach its score 4 of
 * 4, at least 10^10 guesses.
 * <p>
 * zxcvbn knows the most common passwords, names and English words, keyboard rows, repeats and dates. It is also given
 * what a guesser at a Swedish municipality tries first: the municipality's name ({@link PortalSettings}), this year
 * and the years around it (from the portal's clock), the Swedish words common in passwords
 * ({@code security/common-passwords-sv.txt}), the account's own names, and a dictionary of common Swedish words
 * ({@code security/common-words-sv.txt}, also without å, ä and ö).
 * <p>
 * zxcvbn counts every part of a password as at least 10,000 guesses, so three weak words with a space or a hyphen
 * between them ({@code Huddinge kommun 2026}, five parts) pass as strong. So the password is also judged with the
 * separators between its words taken out ({@code Huddingekommun2026}), each counted as one of the
 * {@value #SEPARATOR_CHOICES} a guesser tries first (space, hyphen, underscore, dot); the weaker estimate counts
 * (docs/design-decisions.md, DD23).
 */
@Component
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_BYTES = 72;
    /** Where zxcvbn's score 4 begins. */
    private static final double MIN_GUESSES = 1e10 + 5;
    private static final int SEPARATOR_CHOICES = 4;
    /** Years before and after this one that count as "the year" (a password lives a few years). */
    private static final int YEARS_AROUND = 5;
    private static final Pattern SEPARATORS = Pattern.compile("(?<=[\\p{L}\\p{N}])[\\s\\-_.,+/:;]+(?=[\\p{L}\\p{N}])");
    private static final Zxcvbn ESTIMATOR = estimator();
    private static final List<String> COMMON_PASSWORDS = lines("/security/common-passwords-sv.txt");

    /** What is wrong with a password, if anything. */
    public enum Verdict { OK, TOO_SHORT, TOO_LONG, TOO_EASY }

    private final List<String> municipality;
    private final PortalSettings settings;
    private final Clock clock;

    PasswordPolicy(PortalSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.municipality = words(settings.municipality()).toList();
    }

    /** Checks {@code password}; {@code personal} are the account's own words (username, name, address). */
    public Verdict check(String password, String... personal) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Verdict.TOO_SHORT;
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Verdict.TOO_LONG;
        }
        // a guesser's own words, the likeliest first: zxcvbn ranks them by their place in the list
        var words = new LinkedHashSet<>(municipality);
        int year = LocalDate.now(clock.withZone(settings.zone())).getYear();
        for (int y = year - YEARS_AROUND; y <= year + YEARS_AROUND; y++) {
            words.add(Integer.toString(y));
            words.add(String.format(Locale.ROOT, "%02d", y % 100));
        }
        words.addAll(COMMON_PASSWORDS);
        Arrays.stream(personal).filter(Objects::nonNull).flatMap(PasswordPolicy::words).forEach(words::add);
        var inputs = new ArrayList<>(words);

        double asTyped = ESTIMATOR.measure(password, inputs).getGuesses();
        var separators = SEPARATORS.matcher(password);
        long count = separators.results().count();
        double joined = ESTIMATOR.measure(separators.replaceAll(""), inputs).getGuesses()
                * Math.pow(SEPARATOR_CHOICES, count);
        return Math.min(asTyped, joined) < MIN_GUESSES ? Verdict.TOO_EASY : Verdict.OK;
    }

    /** {@code text} lower case, whole, without its spaces, and each of its words ("huddinge kommun", "huddinge"). */
    private static Stream<String> words(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return Stream.concat(Stream.of(t, t.replaceAll("\\s+", "")), Arrays.stream(t.split("[\\s@._-]+")))
                .filter(w -> w.length() > 1);
    }

    private static Zxcvbn estimator() {
        var swedish = new ArrayList<String>();
        for (String word : lines("/security/common-words-sv.txt")) {
            swedish.add(word);
            // typed on a keyboard without å, ä and ö, or to be "safe"
            String plain = Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            if (!plain.equals(word)) {
                swedish.add(plain);
            }
        }
        try {
            var dictionaries = new ArrayList<>(StandardDictionaries.loadAllDictionaries());
            dictionaries.add(new Dictionary("swedish", swedish));
            return new ZxcvbnBuilder().dictionaries(dictionaries).keyboards(StandardKeyboards.loadAllKeyboards())
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(String resource) {
        try (var in = PasswordPolicy.class.getResourceAsStream(resource)) {
            return new String(Objects.requireNonNull(in, resource).readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
