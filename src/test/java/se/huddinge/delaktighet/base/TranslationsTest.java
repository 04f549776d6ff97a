package se.huddinge.delaktighet.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text exists in Swedish and English, and every key the code asks for exists. */
class TranslationsTest {

    /** Every bundle of a language together: "translations.properties" stands for it and the feature bundles. */
    private static Properties load(String name) throws IOException {
        var props = new Properties();
        for (String bundle : se.huddinge.delaktighet.base.i18n.PortalI18n.BUNDLES) {
            String file = bundle.substring(bundle.lastIndexOf('/') + 1) + name.substring("translations".length());
            try (var in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + file)) {
                props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        return props;
    }

    @Test
    void swedish_and_english_have_the_same_keys() throws IOException {
        Set<String> swedish = new TreeSet<>(load("translations.properties").stringPropertyNames());
        Set<String> english = new TreeSet<>(load("translations_en.properties").stringPropertyNames());

        assertThat(difference(swedish, english)).as("keys missing in English").isEmpty();
        assertThat(difference(english, swedish)).as("keys missing in Swedish").isEmpty();
    }

    @Test
    void no_text_is_empty_in_either_language() throws IOException {
        for (String file : new String[]{"translations.properties", "translations_en.properties"}) {
            var props = load(file);
            assertThat(props.stringPropertyNames()).as(file)
                    .allSatisfy(k -> assertThat(props.getProperty(k)).as(k).isNotBlank());
        }
    }

    @Test
    void every_key_the_code_names_exists() throws IOException {
        var swedish = load("translations.properties");
        var literal = Pattern.compile("(?:getTranslation|super|action)\\(\\s*\"([a-zA-Z0-9_.]+)\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                var m = literal.matcher(Files.readString(file));
                while (m.find()) {
                    String key = m.group(1);
                    boolean found = key.endsWith(".")
                            ? swedish.stringPropertyNames().stream().anyMatch(k -> k.startsWith(key))
                            : swedish.containsKey(key);
                    if (!found) {
                        missing.add(m.group(1) + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        var d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }
}
