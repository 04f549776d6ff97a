package se.huddinge.delaktighet.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Format;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
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

/**
 * Every text exists in Swedish and English, every text a resident meets also in Finnish, and every key the code asks
 * for exists.
 */
class TranslationsTest {

    /**
     * What only staff read, so it has no Finnish text (issue 22, DD38: the staff's pages stay Swedish and English):
     * whole bundles, and keys in the other bundles. An entry ending in "." is a prefix; any other entry is a key and
     * the keys under it ("comments.field.unit" is also "comments.field.unit.help"). Every other key must have a
     * Finnish text in its bundle's {@code _fi} file: a new key a resident meets is translated, a new staff key is
     * listed here (or written under a prefix listed here).
     */
    static final List<String> STAFF_ONLY_BUNDLES = List.of("lix", "readability", "assisted");
    static final List<String> STAFF_ONLY_KEYS = List.of(
            // the header's staff parts and the staff's menu
            "layout.signedInAs", "layout.logout", "layout.password", "nav.review", "nav.accounts", "nav.templates",
            "nav.prizeReview", "nav.prizeRounds",
            // sign-in, accounts, the review, the case page, letter templates, the dev mailbox, audit, the follow-up
            "login.", "role.", "accounts.", "password.", "review.", "reviewnav.", "queue.", "case.", "templates.",
            "letter.status.", "letter.contentDeleted", "letter.recipient.", "devmail.", "audit.", "followup.",
            "reset.", "security.", "staffaudit.",
            // the review's lists, charts, figures, agenda and statistics
            "list.", "nominations.", "chart.", "agenda.", "figures.", "below.", "stats.",
            // the prize's rounds (administrators) and decision (the committee's chair); the nomination's review
            "rounds.", "decision.", "prize.yes", "prize.no",
            // the officers' comment queue and their replies' fields
            "commentQueue.", "comments.staffIntro", "comments.field.unit", "comments.send.staff",
            "comments.invalid.unit");

    static boolean staffOnly(String bundle, String key) {
        return STAFF_ONLY_BUNDLES.contains(bundle) || STAFF_ONLY_KEYS.stream().anyMatch(entry -> key.equals(entry)
                || key.startsWith(entry.endsWith(".") ? entry : entry + "."));
    }

    private static Properties load(String name) throws IOException {
        var props = new Properties();
        try (var in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            if (in != null) {
                props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        return props;
    }

    /**
     * Every bundle's texts in one language ({@code ""} Swedish, {@code "_en"} English, {@code "_fi"} Finnish), each key
     * in one bundle.
     */
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

    /** Finnish has every key a resident meets, in the same bundle as the Swedish text, and no staff key. */
    @Test
    void finnish_has_every_text_a_resident_meets() throws IOException {
        Set<String> missing = new TreeSet<>();
        Set<String> stray = new TreeSet<>();
        for (String bundle : PortalI18n.BUNDLES) {
            Set<String> swedish = load(bundle + ".properties").stringPropertyNames();
            Set<String> finnish = load(bundle + "_fi.properties").stringPropertyNames();
            swedish.stream().filter(k -> !staffOnly(bundle, k) && !finnish.contains(k))
                    .forEach(k -> missing.add(bundle + ": " + k));
            finnish.stream().filter(k -> staffOnly(bundle, k) || !swedish.contains(k))
                    .forEach(k -> stray.add(bundle + ": " + k));
        }
        assertThat(missing).as("resident-facing keys without a Finnish text (translate them, or list a staff key "
                + "in STAFF_ONLY_KEYS)").isEmpty();
        assertThat(stray).as("Finnish texts for a staff-only key or a key Swedish does not have").isEmpty();
    }

    /** Each entry of the staff-only list names keys that exist, so the list says what it is about. */
    @Test
    void every_staff_only_entry_names_keys() throws IOException {
        Set<String> swedish = all("").stringPropertyNames();
        assertThat(STAFF_ONLY_KEYS).allSatisfy(entry -> assertThat(swedish).as(entry)
                .anyMatch(k -> k.equals(entry) || k.startsWith(entry.endsWith(".") ? entry : entry + ".")));
        assertThat(PortalI18n.BUNDLES).containsAll(STAFF_ONLY_BUNDLES);
    }

    /**
     * A Finnish text takes the same values as the Swedish one, at the same places of the pattern and formatted alike
     * (a number as a number, a choice as a choice), and is a pattern MessageFormat reads.
     */
    @Test
    void finnish_takes_the_same_values_as_swedish() throws IOException {
        var swedish = all("");
        var finnish = all("_fi");
        Set<String> differ = new TreeSet<>();
        for (String key : finnish.stringPropertyNames()) {
            if (!Objects.equals(arguments(swedish.getProperty(key)), arguments(finnish.getProperty(key)))) {
                differ.add(key + ": " + arguments(swedish.getProperty(key)) + " ≠ "
                        + arguments(finnish.getProperty(key)));
            }
        }
        assertThat(differ).isEmpty();
    }

    /** The values a pattern takes, by index: the kind of format of each ("-" for a value written as it is). */
    private static List<String> arguments(String pattern) {
        return Arrays.stream(new MessageFormat(pattern).getFormatsByArgumentIndex())
                .map(f -> f == null ? "-" : f.getClass().getSimpleName() + pattern(f)).toList();
    }

    /** A choice's limits: "1 dag" and "{0} dagar" must switch at the same numbers in Finnish. */
    private static String pattern(Format f) {
        return f instanceof java.text.ChoiceFormat c ? Arrays.toString(c.getLimits()) : "";
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
            for (String file : new String[]{bundle + ".properties", bundle + "_en.properties",
                    bundle + "_fi.properties"}) {
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
        for (String file : new String[]{"", "_en", "_fi"}) {
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
        var finnish = all("_fi");
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
                    if (!finnish.containsKey(key) && STAFF_ONLY_KEYS.stream().noneMatch(key::startsWith)
                            && !staffOnlyBundleHas(key)) {
                        missing.add(key + " in Finnish (" + type.getSimpleName() + ")");
                    }
                }
            }
        }
        assertThat(types).as("the scan finds the forms").contains("ProposalFormField", "AddressFormField",
                "NominationFormField", "RoundFormField");
        assertThat(missing).isEmpty();
    }

    private static boolean staffOnlyBundleHas(String key) throws IOException {
        for (String bundle : STAFF_ONLY_BUNDLES) {
            if (load(bundle + ".properties").containsKey(key)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        var d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }
}
