package se.huddinge.delaktighet.notification.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.Locale;
import se.huddinge.delaktighet.base.i18n.PortalI18n;
import se.huddinge.delaktighet.notification.FinnishReadability;
import se.huddinge.delaktighet.notification.Readability;
import se.huddinge.delaktighet.notification.RenderedLetter;

/**
 * Beside the letter's preview: how easy the letter is to read as the resident will get it (LIX, and Flesch Reading
 * Ease for an English letter; for a Finnish one sentence length and long words instead, {@link FinnishReadability}),
 * its longest sentences and words, and a plain hint past LIX 40. Only advice: the
 * figure never stops a save. Long words are also marked in the preview ({@link #markLongWords}), underlined as
 * well as highlighted so that the mark does not rest on colour alone.
 */
class ReadabilityPanel extends Section {

    private static final int SHOWN = 3;

    private final Paragraph figure = new Paragraph();
    private final Paragraph flesch = new Paragraph();
    private final Paragraph facts = new Paragraph();
    private final Paragraph hint = new Paragraph();
    /** Why a Finnish letter gets no LIX, and what it gets instead (DD39). */
    private final Paragraph finnish = new Paragraph();
    private final OrderedList sentences = new OrderedList();
    private final UnorderedList words = new UnorderedList();
    private final H3 sentencesTitle = new H3();
    private final H3 wordsTitle = new H3();

    ReadabilityPanel() {
        setId("readability");
        var title = new H2(getTranslation("lix.title"));
        title.setId("readability-title");
        // a named region inside the page's main landmark, so a screen reader can jump to it
        getElement().setAttribute("aria-labelledby", "readability-title");
        figure.setId("lix");
        // read out when the figure changes while the administrator writes
        figure.getElement().setAttribute("aria-live", "polite");
        flesch.setId("flesch");
        hint.setId("lix-hint");
        hint.getStyle().set("font-weight", "bold");
        sentences.setId("longest-sentences");
        words.setId("longest-words");
        sentencesTitle.setText(getTranslation("lix.sentences"));
        wordsTitle.setText(getTranslation("lix.words"));
        getStyle().set("flex", "1 1 18rem").set("min-width", "0");
        finnish.setId("readability-finnish");
        finnish.setText(getTranslation("readability.fi.about", FinnishReadability.LONG_ABOVE,
                FinnishReadability.SENTENCE_HINT_ABOVE, FinnishReadability.LONG_SHARE_HINT_ABOVE));
        add(title, figure, flesch, facts, hint, sentencesTitle, sentences, wordsTitle, words, finnish,
                new Paragraph(getTranslation("lix.about")));
        unavailable();
    }

    /** Measures the letter as previewed: the words a resident reads, links left out. */
    void show(RenderedLetter letter, Locale letterLanguage) {
        if (finnish(letterLanguage)) {
            showFinnish(letter);
            return;
        }
        finnish.setVisible(false);
        var score = Readability.of(letter);
        int lix = score.roundedLix();
        figure.setText(getTranslation("lix.figure", lix,
                getTranslation("lix.level." + Readability.Level.of(lix).name().toLowerCase(Locale.ROOT))));
        boolean english = PortalI18n.ENGLISH.equals(PortalI18n.supported(letterLanguage));
        flesch.setVisible(english);
        flesch.setText(getTranslation("lix.flesch", Math.round(score.fleschReadingEase())));
        facts.setVisible(true);
        facts.setText(getTranslation("lix.facts", score.sentences(), score.words(),
                Math.round(score.wordsPerSentence() * 10) / 10.0, score.longWordPercent()));
        hint.setVisible(score.needsHint());
        hint.setText(getTranslation("lix.hint", Readability.HINT_ABOVE));
        showLongest(score.longestSentences(SHOWN), score.longestWords(SHOWN + 2));
    }

    /** A Finnish letter: sentence length and the share of long words against their thresholds, no LIX (DD39). */
    private void showFinnish(RenderedLetter letter) {
        var score = FinnishReadability.of(letter);
        figure.setText(getTranslation("readability.fi.figure", score.roundedWordsPerSentence(),
                score.longWordPercent(), FinnishReadability.LONG_ABOVE));
        flesch.setVisible(false);
        facts.setVisible(false);
        hint.setVisible(score.needsHint());
        hint.setText(getTranslation("readability.fi.hint", FinnishReadability.SENTENCE_HINT_ABOVE,
                FinnishReadability.LONG_SHARE_HINT_ABOVE));
        finnish.setVisible(true);
        // sentences are cut as for LIX: the same longest ones
        showLongest(Readability.of(letter).longestSentences(SHOWN), score.longestWords(SHOWN + 2));
    }

    private void showLongest(List<Readability.Sentence> longSentences, List<String> longWords) {
        sentences.removeAll();
        longSentences.forEach(s -> sentences.add(
                new ListItem(getTranslation("lix.sentence", s.text(), s.words().size()))));
        words.removeAll();
        longWords.forEach(w -> words.add(
                new ListItem(getTranslation("lix.word", w, w.codePoints().filter(Character::isLetter).count()))));
        setListsVisible(true);
    }

    private static boolean finnish(Locale language) {
        return PortalI18n.FINNISH.equals(PortalI18n.supported(language));
    }

    /** The letter does not render (yet): no figure rather than a stale one. */
    void unavailable() {
        figure.setText(getTranslation("lix.unavailable"));
        flesch.setVisible(false);
        facts.setVisible(false);
        hint.setVisible(false);
        finnish.setVisible(false);
        sentences.removeAll();
        words.removeAll();
        setListsVisible(false);
    }

    private void setListsVisible(boolean visible) {
        sentencesTitle.setVisible(visible);
        sentences.setVisible(visible);
        wordsTitle.setVisible(visible);
        words.setVisible(visible);
    }

    /**
     * Appends {@code text} to {@code into} with every long word (more than six letters, in Finnish more than nine;
     * links left out) in a {@code <mark>}, underlined as well as highlighted.
     */
    static void markLongWords(Element into, String text, Locale letterLanguage) {
        boolean finnish = finnish(letterLanguage);
        int at = 0;
        for (var word : Readability.words(text)) {
            if (finnish ? FinnishReadability.isLong(word) : word.isLong()) {
                into.appendChild(Element.createText(text.substring(at, word.start())));
                var mark = new Element("mark").setText(word.text());
                mark.getStyle().set("text-decoration", "underline").set("text-decoration-thickness", "2px");
                into.appendChild(mark);
                at = word.end();
            }
        }
        into.appendChild(Element.createText(text.substring(at)));
    }
}
