package se.huddinge.delaktighet.notification;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How easy a text is to read, measured the way Swedish public bodies do: <b>LIX</b> (läsbarhetsindex, Björnsson
 * 1968) = words per sentence + the share of long words × 100. Under 30 is easy, 30–40 ordinary newspaper prose,
 * 40–50 the level of official prose, over 50 hard. For English the <b>Flesch Reading Ease</b> is given as well:
 * 206.835 − 1.015 × words per sentence − 84.6 × syllables per word (higher is easier; 60–70 plain English).
 *
 * <p>The text is measured as it will be read:
 * <ul>
 * <li><b>Links are left out</b>: web addresses ({@code http://…}, {@code https://…}, {@code www.…}) and e-mail
 * addresses, and bare addresses such as {@code huddinge.se/felanmalan}, are not words. They are blanked, so the positions of the other words stay where they were.</li>
 * <li>A <b>word</b> is a run of letters (any alphabet: å ä ö é ü count) and digits; a hyphen, an apostrophe, a
 * full stop or a colon between two such characters joins them ({@code e-post}, {@code t.ex}, {@code 09:00},
 * {@code HF-2026-0042} are one word each). Numbers count as words.</li>
 * <li>A word is <b>long</b> when it has more than six letters; digits and joining marks are not letters, so a
 * number is never long.</li>
 * <li>A <b>sentence</b> ends at {@code . ! ? :} followed by a space, a line break or the end of the text, and at
 * the end of a paragraph (a blank line), so a heading, a greeting or a signature without a full stop is a
 * sentence of its own. A single line break does not end a sentence. A full stop after a common abbreviation
 * ({@code kl.}, {@code t.ex.}, {@code bl.a.}, {@code e.g.}, …) does not end one. A sentence without words (a line
 * that held only a link) is not counted.</li>
 * <li><b>Syllables</b> (for Flesch only) are guessed from the spelling: groups of vowels (a e i o u y), less a
 * silent final -e, -es or -ed; a word of up to three letters and a number have one. Right for most common
 * English words, off by one for some; the figure is a guide, not a verdict.</li>
 * </ul>
 * No maintained library on Maven Central computes these (the nearest, {@code eu.crydee:syllable-counter}, counts
 * English syllables only), so the formulas are here, in one place.
 */
public final class Readability {

    /** The figure above which a letter is harder than it should be; the editor shows a hint past it. */
    public static final int HINT_ABOVE = 40;

    private static final Pattern LINK = Pattern.compile(
            "(?:https?://|www\\.)\\S*[^\\s.,:;!?)”\"'’]|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+"
            + "|(?<![\\w@.])[\\w-]+(?:\\.[\\w-]+)*\\.(?:se|nu|com|org|net|eu|info)\\b(?:/\\S*[^\\s.,:;!?)”\"'’])?",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Set<String> ABBREVIATIONS = Set.of("kl", "t.ex", "bl.a", "p.g.a", "pga", "s.k", "d.v.s",
            "dvs", "m.fl", "fr.o.m", "t.o.m", "ca", "nr", "tel", "jfr", "resp", "e.g", "i.e", "mr", "mrs", "ms",
            "dr", "no", "st");
    private static final Pattern SILENT_END = Pattern.compile("(?:[^laeiouy]es|ed|[^laeiouy]e)$");
    private static final Pattern VOWELS = Pattern.compile("[aeiouy]+");

    private Readability() {
    }

    /** A word as it stands in the text: where it starts and ends, and how many letters it has. */
    public record Word(String text, int start, int end, int letters) {
        public boolean isLong() {
            return letters > 6;
        }
    }

    /** A sentence as it stands in the text (links left out) and its words. */
    public record Sentence(String text, List<Word> words) {
    }

    /**
     * The measures of a text.
     *
     * @param lix           words per sentence + long words per hundred words; 0 for a text without words
     * @param fleschReadingEase the Flesch Reading Ease (meaningful for English only)
     */
    public record Score(int words, int sentences, int longWords, double lix, double fleschReadingEase,
                        List<Sentence> allSentences) {

        /** LIX as it is usually given, a whole number. */
        public int roundedLix() {
            return (int) Math.round(lix);
        }

        public double wordsPerSentence() {
            return sentences == 0 ? 0 : (double) words / sentences;
        }

        public int longWordPercent() {
            return words == 0 ? 0 : (int) Math.round(100.0 * longWords / words);
        }

        /** Whether the text is past {@link #HINT_ABOVE}, where it is worth shortening. */
        public boolean needsHint() {
            return roundedLix() > HINT_ABOVE;
        }

        /** The {@code n} longest sentences by words, longest first (earlier first among equals). */
        public List<Sentence> longestSentences(int n) {
            return allSentences.stream().sorted(Comparator.comparingInt((Sentence s) -> -s.words().size()))
                    .limit(n).toList();
        }

        /** The {@code n} longest different long words by letters, longest first (earlier first among equals). */
        public List<String> longestWords(int n) {
            var distinct = new LinkedHashMap<String, Word>();
            allSentences.stream().flatMap(s -> s.words().stream()).filter(Word::isLong)
                    .forEach(w -> distinct.putIfAbsent(w.text().toLowerCase(Locale.ROOT), w));
            return distinct.values().stream().sorted(Comparator.comparingInt((Word w) -> -w.letters()))
                    .limit(n).map(Word::text).toList();
        }
    }

    /** The band a LIX figure falls in, from very easy to very hard (the usual Swedish scale). */
    public enum Level {
        VERY_EASY, EASY, MEDIUM, HARD, VERY_HARD;

        public static Level of(int lix) {
            if (lix < 25) {
                return VERY_EASY;
            }
            if (lix < 30) {
                return EASY;
            }
            if (lix <= 40) {
                return MEDIUM;
            }
            return lix <= 50 ? HARD : VERY_HARD;
        }
    }

    /** Measures a letter as it will be read: its subject line, then its body. */
    public static Score of(RenderedLetter letter) {
        return of(letter.subject() + "\n\n" + letter.text());
    }

    /** Measures {@code text} (see the class comment for what a word and a sentence are). */
    public static Score of(String text) {
        var sentences = sentences(text);
        int words = 0;
        int longWords = 0;
        int syllables = 0;
        for (var s : sentences) {
            for (var w : s.words()) {
                words++;
                longWords += w.isLong() ? 1 : 0;
                syllables += syllables(w.text());
            }
        }
        if (words == 0) {
            return new Score(0, 0, 0, 0, 0, List.of());
        }
        double perSentence = (double) words / sentences.size();
        double lix = perSentence + 100.0 * longWords / words;
        double flesch = 206.835 - 1.015 * perSentence - 84.6 * syllables / words;
        return new Score(words, sentences.size(), longWords, lix, flesch, List.copyOf(sentences));
    }

    /** The words of {@code text} in order, with their places in it; links are not words. */
    public static List<Word> words(String text) {
        String plain = withoutLinks(text);
        var words = new ArrayList<Word>();
        int i = 0;
        while (i < plain.length()) {
            if (!Character.isLetterOrDigit(plain.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            int letters = 0;
            while (i < plain.length()) {
                char c = plain.charAt(i);
                if (Character.isLetterOrDigit(c)) {
                    letters += Character.isLetter(c) ? 1 : 0;
                    i++;
                } else if (isJoin(c) && i + 1 < plain.length() && Character.isLetterOrDigit(plain.charAt(i + 1))) {
                    i++;
                } else {
                    break;
                }
            }
            words.add(new Word(plain.substring(start, i), start, i, letters));
        }
        return words;
    }

    private static boolean isJoin(char c) {
        return c == '-' || c == '\'' || c == '’' || c == '.' || c == ':';
    }

    /** The text with every link replaced by as many spaces, so that the rest keeps its positions. */
    static String withoutLinks(String text) {
        var m = LINK.matcher(text);
        var out = new StringBuilder(text);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                out.setCharAt(i, ' ');
            }
        }
        return out.toString();
    }

    private static List<Sentence> sentences(String text) {
        String plain = withoutLinks(text.replace("\r", ""));
        var sentences = new ArrayList<Sentence>();
        var current = new ArrayList<Word>();
        int from = 0;
        for (Word w : words(plain)) {
            if (!current.isEmpty() && endsBetween(plain, current.getLast(), w)) {
                sentences.add(sentence(plain, from, current));
                current = new ArrayList<>();
            }
            if (current.isEmpty()) {
                from = w.start();
            }
            current.add(w);
        }
        if (!current.isEmpty()) {
            sentences.add(sentence(plain, from, current));
        }
        return sentences;
    }

    private static Sentence sentence(String plain, int from, List<Word> words) {
        int to = words.getLast().end();
        while (to < plain.length() && ".!?:”\")".indexOf(plain.charAt(to)) >= 0) {
            to++;
        }
        return new Sentence(plain.substring(from, to).replaceAll("\\s+", " ").strip(), List.copyOf(words));
    }

    /** Whether a sentence ends in the gap between two words. */
    private static boolean endsBetween(String plain, Word before, Word after) {
        String gap = plain.substring(before.end(), after.start());
        if (gap.matches("(?s).*\\n[ \\t]*\\n.*")) {
            return true; // a paragraph ended
        }
        for (int i = 0; i < gap.length(); i++) {
            char c = gap.charAt(i);
            boolean followedBySpace = i + 1 >= gap.length() || Character.isWhitespace(gap.charAt(i + 1))
                    || "”\")".indexOf(gap.charAt(i + 1)) >= 0;
            if ((c == '!' || c == '?' || c == ':') && followedBySpace) {
                return true;
            }
            if (c == '.' && followedBySpace && !(i == 0 && ABBREVIATIONS.contains(before.text().toLowerCase(Locale.ROOT)))) {
                return true;
            }
        }
        return false;
    }

    /** English syllables guessed from spelling (see the class comment); a number has one. */
    static int syllables(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (w.length() <= 3) {
            return 1;
        }
        w = SILENT_END.matcher(w).replaceFirst("").replaceFirst("^y", "");
        var m = VOWELS.matcher(w);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return Math.max(1, n);
    }
}
