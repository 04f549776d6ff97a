package se.huddinge.delaktighet.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every letter and shared part ships in Swedish, English and Finnish (issue 22: a resident who wrote in Finnish gets
 * every letter in Finnish), and each translation uses exactly the Swedish one's values, conditions and parts: a
 * Finnish letter never lacks a link or a date the Swedish one gives, nor names a value the code does not fill.
 */
class LetterTemplateTwinsTest {

    /** {@code ${...}} expressions, and the parts a template inserts ({@code ~{_help_sv}}). */
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{[^}]*}|~\\{_\\w+?_(sv|en|fi)}");

    private static final Pattern VALUE = Pattern.compile("\\$\\{(\\w+)");

    static List<String> swedish() throws IOException {
        var names = new ArrayList<String>();
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:templates/mail/*_sv.txt")) {
            names.add(r.getFilename().replace("_sv.txt", ""));
        }
        return names;
    }

    @Test
    void the_whole_catalogue_is_there_including_the_shared_parts() throws IOException {
        assertThat(swedish()).hasSizeGreaterThan(40)
                .contains("_decision", "_help", "_implementation", "_stop", "proposal-receipt", "prize-receipt");
    }

    @ParameterizedTest
    @MethodSource("swedish")
    void the_finnish_twin_uses_the_same_values_conditions_and_parts_and_the_english_no_other_values(String name)
            throws IOException {
        var sv = expressions(read(name + "_sv"));
        for (String lang : List.of("en", "fi")) {
            String text = read(name + "_" + lang);
            assertThat(text).as(name + "_" + lang + " exists").isNotNull();
            if (lang.equals("fi")) {
                assertThat(expressions(text)).as(name + "_fi").isEqualTo(sv);
            }
            // the English reminder to officers names no step (it says "is due"): no value the Swedish lacks, though
            assertThat(values(read(name + "_sv"))).as(name + "_" + lang).containsAll(values(text));
            assertThat(text.startsWith("Subject: ")).as(name + "_" + lang + " has the subject first")
                    .isEqualTo(read(name + "_sv").startsWith("Subject: "));
            assertThat(text).as("a " + lang + " letter inserts its own language's parts")
                    .doesNotContain("_sv}", lang.equals("en") ? "_fi}" : "_en}");
        }
    }

    /** The values a template names. */
    private static TreeSet<String> values(String template) {
        var found = new TreeSet<String>();
        var m = VALUE.matcher(template);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** The expressions of a template, each part's language taken off. */
    private static TreeSet<String> expressions(String template) {
        var found = new TreeSet<String>();
        var m = EXPRESSION.matcher(template);
        while (m.find()) {
            found.add(m.group().replaceAll("_(sv|en|fi)}$", "}"));
        }
        return found;
    }

    private static String read(String name) throws IOException {
        try (var in = LetterTemplateTwinsTest.class.getResourceAsStream("/templates/mail/" + name + ".txt")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
