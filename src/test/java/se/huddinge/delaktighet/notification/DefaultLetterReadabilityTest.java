package se.huddinge.delaktighet.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.huddinge.delaktighet.base.i18n.PortalI18n;

/**
 * Every default letter in Swedish, rendered with realistic values, links left out, measured with LIX. A letter
 * to a resident may not read harder than {@link #RESIDENT_LIMIT} (easy to ordinary prose); letters to staff are
 * measured and listed but not held to it. A decision letter is measured with each of the three decisions.
 */
class DefaultLetterReadabilityTest {

    static final int RESIDENT_LIMIT = 35;
    /** The letters that go to staff, not to residents. */
    private static final Set<LetterKind> TO_STAFF = Set.of(ProposalLetter.OFFICER_REMINDER, ProposalLetter.IMPLEMENTATION_REMINDER,
            PrizeLetter.SCORING_REMINDER);

    private final LetterRenderer renderer = ProposalLetterTemplatesTest.renderer();

    @Test
    void no_default_letter_to_a_resident_reads_harder_than_lix_35() {
        var tooHard = new ArrayList<String>();
        var table = new StringBuilder();
        measured().forEach((kind, lix) -> {
            boolean resident = !TO_STAFF.contains(kind);
            table.append(String.format("%-30s %-8s LIX %d%n", kind.template(), resident ? "resident" : "staff", lix));
            if (resident && lix > RESIDENT_LIMIT) {
                tooHard.add(kind.template() + " (LIX " + lix + ")");
            }
        });
        System.out.print(table);
        assertThat(tooHard).as("resident letters above LIX %d:%n%s", RESIDENT_LIMIT, table).isEmpty();
    }

    /**
     * The Finnish letters are held to the Finnish measure instead (DD39): at most 10 words per sentence on average,
     * the hint's 12 less a margin as LIX's 35 is 40 less one, and no more long words (over nine letters) than the hint
     * allows.
     */
    @Test
    void no_default_finnish_letter_to_a_resident_has_long_sentences_or_too_many_long_words() {
        var tooHard = new ArrayList<String>();
        var table = new StringBuilder();
        for (LetterKind kind : kinds()) {
            if (TO_STAFF.contains(kind)) {
                continue;
            }
            for (var model : models(kind)) {
                var fi = SampleLetters.inFinnish(model);
                if (kind instanceof CommentLetter) {
                    fi.keySet().removeAll(Set.of("replyBy", "replyText", "commentText", "comments", "groundName",
                            "groundExplanation", "groundTurnTo"));
                    CommentLetters.examples(fi, PortalI18n.FINNISH);
                }
                var score = FinnishReadability.of(renderer.render(kind.template(), PortalI18n.FINNISH, fi));
                String line = String.format("%-30s %4.1f words/sentence %3d %% long%n", kind.template(),
                        score.roundedWordsPerSentence(), score.longWordPercent());
                table.append(line);
                if (score.roundedWordsPerSentence() > FINNISH_WORDS_PER_SENTENCE || score.needsHint()) {
                    tooHard.add(line.strip());
                }
            }
        }
        System.out.print(table);
        assertThat(tooHard).as("Finnish resident letters past the measure:%n%s", table).isEmpty();
    }

    static final int FINNISH_WORDS_PER_SENTENCE = 10;

    private static List<LetterKind> kinds() {
        return Stream.of(ProposalLetter.values(), PrizeLetter.values(), MySubmissionsLetter.values(),
                CommentLetter.values()).flatMap(Stream::of).map(LetterKind.class::cast).toList();
    }

    /** Every kind of letter in the catalogues and its LIX; the highest over the decisions where it has one. */
    private Map<LetterKind, Integer> measured() {
        var result = new LinkedHashMap<LetterKind, Integer>();
        for (LetterKind kind : kinds()) {
            int worst = 0;
            for (var model : models(kind)) {
                var letter = renderer.render(kind.template(), PortalI18n.SWEDISH, model);
                worst = Math.max(worst, Readability.of(letter).roundedLix());
            }
            result.put(kind, worst);
        }
        return result;
    }

    private static List<Map<String, Object>> models(LetterKind kind) {
        if (kind instanceof PrizeLetter) {
            return List.of(SampleLetters.prize());
        }
        if (kind instanceof MySubmissionsLetter) {
            return List.of(SampleLetters.mySubmissions());
        }
        if (kind instanceof CommentLetter) {
            var m = SampleLetters.proposal("BIFALL");
            m.put("stopLink", "https://delaktighet.huddinge.se/kommentar/sluta/k3Zp");
            CommentLetters.examples(m, PortalI18n.SWEDISH);
            return List.of(m);
        }
        return Stream.of("BIFALL", "AVSLAG", "BESVARAD").map(SampleLetters::proposal).toList();
    }
}
