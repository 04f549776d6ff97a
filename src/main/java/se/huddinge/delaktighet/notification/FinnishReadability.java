package se.huddinge.delaktighet.notification;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

/**
 * How easy a Finnish letter is to read (DD39, {@code docs/readability.md}). LIX is made for Swedish: Finnish puts
 * into one word's endings what Swedish says with prepositions, articles and pronouns, and builds long compounds, so
 * the same plain letter gets a LIX about 20 higher in Finnish (the portal's default letters: Swedish 17–34, Finnish
 * 38–59) and every plain Finnish letter would read as "hard". The editor therefore shows, for Finnish, the two things
 * plain-Finnish advice (Kotus, Selkokeskus) asks of a writer, each against a stated threshold:
 * <ul>
 * <li><b>words per sentence</b>, the hint above {@value #SENTENCE_HINT_ABOVE};</li>
 * <li>the <b>share of long words</b>, a Finnish word being long at more than {@value #LONG_ABOVE} letters, the hint
 * above {@value #LONG_SHARE_HINT_ABOVE} %. Nine letters is LIX's six scaled by Finnish words' length: over the
 * portal's letters Finnish words average 6.4 letters against Swedish 4.5, and the Finnish share of words over nine
 * letters (21 % on average) is the Swedish share over six (20 %).</li>
 * </ul>
 * Words and sentences are counted as for LIX ({@link Readability}): the letter as read, links left out.
 */
public final class FinnishReadability {

    /** A Finnish word is long when it has more letters than this. */
    public static final int LONG_ABOVE = 9;
    /** Words per sentence past which the editor shows the hint. */
    public static final int SENTENCE_HINT_ABOVE = 12;
    /** Per cent of long words past which the editor shows the hint. */
    public static final int LONG_SHARE_HINT_ABOVE = 30;

    private FinnishReadability() {
    }

    /** The measures of a Finnish text: its words, sentences and long words (more than nine letters). */
    public record Score(int words, int sentences, int longWords, List<Readability.Sentence> allSentences) {

        public double wordsPerSentence() {
            return sentences == 0 ? 0 : (double) words / sentences;
        }

        /** Words per sentence to one decimal, as shown. */
        public double roundedWordsPerSentence() {
            return Math.round(wordsPerSentence() * 10) / 10.0;
        }

        public int longWordPercent() {
            return words == 0 ? 0 : (int) Math.round(100.0 * longWords / words);
        }

        /** Whether sentences or words are past the thresholds, where the letter is worth shortening. */
        public boolean needsHint() {
            return roundedWordsPerSentence() > SENTENCE_HINT_ABOVE || longWordPercent() > LONG_SHARE_HINT_ABOVE;
        }

        /** The {@code n} longest different long words by letters, longest first (earlier first among equals). */
        public List<String> longestWords(int n) {
            var distinct = new LinkedHashMap<String, Readability.Word>();
            allSentences.stream().flatMap(s -> s.words().stream()).filter(FinnishReadability::isLong)
                    .forEach(w -> distinct.putIfAbsent(w.text().toLowerCase(Locale.ROOT), w));
            return distinct.values().stream().sorted(Comparator.comparingInt((Readability.Word w) -> -w.letters()))
                    .limit(n).map(Readability.Word::text).toList();
        }
    }

    public static boolean isLong(Readability.Word word) {
        return word.letters() > LONG_ABOVE;
    }

    /** Measures a letter as it will be read: its subject line, then its body. */
    public static Score of(RenderedLetter letter) {
        return of(letter.subject() + "\n\n" + letter.text());
    }

    public static Score of(String text) {
        var lix = Readability.of(text);
        int longWords = (int) lix.allSentences().stream().flatMap(s -> s.words().stream())
                .filter(FinnishReadability::isLong).count();
        return new Score(lix.words(), lix.sentences(), longWords, lix.allSentences());
    }
}
