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
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import se.huddinge.delaktighet.base.form.FieldError;
import se.huddinge.delaktighet.base.form.FormField;
import se.huddinge.delaktighet.base.form.Reason;
import se.huddinge.delaktighet.base.i18n.PortalI18n;

/** Every text exists in Swedish and English, and every key the code asks for exists. */
class TranslationsTest {

    private static Properties load(String name) throws IOException {
        var props = new Properties();
        try (var in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            if (in != null) {
                props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        return props;
    }

    /** Every bundle's texts in one language ({@code ""} Swedish, {@code "_en"} English), each key in one bundle. */
    private static Properties all(String suffix) throws IOException {
        var all = new Properties();
        for (String bundle : PortalI18n.BUNDLES) {
            var props = load(bundle + suffix + ".properties");
            for (String key : props.stringPropertyNames()) {
                assertThat(all.containsKey(key)).as("%s is in two bundles", key).isFalse();
                all.setProperty(key, props.getProperty(key));
            }
        }
        return all;
    }

    @Test
    void swedish_and_english_have_the_same_keys() throws IOException {
        for (String bundle : PortalI18n.BUNDLES) {
            Set<String> swedish = load(bundle + ".properties").stringPropertyNames();
            Set<String> english = load(bundle + "_en.properties").stringPropertyNames();
            assertThat(difference(swedish, english)).as("keys of %s missing in English", bundle).isEmpty();
            assertThat(difference(english, swedish)).as("keys of %s missing in Swedish", bundle).isEmpty();
        }
    }

    @Test
    void the_two_languages_together_have_the_same_keys() throws IOException {
        Set<String> swedish = new TreeSet<>(all("").stringPropertyNames());
        Set<String> english = new TreeSet<>(all("_en").stringPropertyNames());

        assertThat(difference(swedish, english)).as("keys missing in English").isEmpty();
        assertThat(difference(english, swedish)).as("keys missing in Swedish").isEmpty();
    }

    /**
     * A key written twice in one file keeps only its last text (Properties does not complain): two forms that name a
     * field alike would then show each other's messages.
     */
    @Test
    void no_key_is_written_twice_in_a_file() throws IOException {
        var keyLine = Pattern.compile("^([^#!\\s=:][^=:\\s]*)\\s*[=:]");
        for (String bundle : PortalI18n.BUNDLES) {
            for (String file : new String[]{bundle + ".properties", bundle + "_en.properties"}) {
                var seen = new TreeSet<String>();
                var twice = new TreeSet<String>();
                try (var in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + file)) {
                    if (in == null) {
                        continue;
                    }
                    for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                        var m = keyLine.matcher(line);
                        if (m.find() && !seen.add(m.group(1))) {
                            twice.add(m.group(1));
                        }
                    }
                }
                assertThat(twice).as("keys written twice in %s", file).isEmpty();
            }
        }
    }

    @Test
    void no_text_is_empty_in_either_language() throws IOException {
        for (String file : new String[]{"", "_en"}) {
            var props = all(file);
            assertThat(props.stringPropertyNames()).as(file)
                    .allSatisfy(k -> assertThat(props.getProperty(k)).as(k).isNotBlank());
        }
    }

    @Test
    void every_key_the_code_names_exists() throws IOException {
        var swedish = all("");
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

    /**
     * Every problem a form's check can report has its message in both languages: the forms' {@link FormField} enums,
     * found on the class path (a new form's enum is walked without being listed here), each field with each of its
     * reasons.
     */
    @Test
    void every_problem_a_form_can_report_has_its_message() throws Exception {
        var swedish = all("");
        var english = all("_en");
        var scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isIndependent();
            }
        };
        scanner.addIncludeFilter(new AssignableTypeFilter(FormField.class));
        Set<String> types = new TreeSet<>();
        Set<String> missing = new TreeSet<>();
        for (var found : scanner.findCandidateComponents("se.huddinge.delaktighet")) {
            Class<?> type = Class.forName(found.getBeanClassName());
            if (type.isInterface() || type.getName().contains("Test")) {
                continue;
            }
            assertThat(type.isEnum()).as("%s is an enum, so a form can place each of its fields", type).isTrue();
            types.add(type.getSimpleName());
            for (Object constant : type.getEnumConstants()) {
                var field = (FormField) constant;
                assertThat(field.reasons()).as("%s can be refused for something", field).isNotEmpty();
                for (Reason reason : field.reasons()) {
                    String key = FieldError.key(field, reason);
                    if (!swedish.containsKey(key) || !english.containsKey(key)) {
                        missing.add(key + " (" + type.getSimpleName() + ")");
                    }
                }
            }
        }
        assertThat(types).as("the scan finds the forms").contains("ProposalFormField", "AddressFormField",
                "NominationFormField", "RoundFormField");
        assertThat(missing).isEmpty();
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        var d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }
}
