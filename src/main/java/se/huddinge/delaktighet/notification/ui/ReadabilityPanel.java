package se.huddinge.delaktighet.notification.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.dom.Element;
import java.util.Locale;
import se.huddinge.delaktighet.base.i18n.PortalI18n;
import se.huddinge.delaktighet.notification.Readability;
import se.huddinge.delaktighet.notification.RenderedLetter;

/**
 * Beside the letter's preview: how easy the letter is to read as the resident will get it (LIX, and Flesch Reading
 * Ease for an English letter), its longest sentences and words, and a plain hint past LIX 40. Only advice: the
 * figure never stops a save. Long words are also marked in the preview ({@link #markLongWords}), underlined as
 * well as highlighted so that the mark does not rest on colour alone.
 */
class ReadabilityPanel extends Section {

    private static final int SHOWN = 3;

    private final Paragraph figure = new Paragraph();
    private final Paragraph flesch = new Paragraph();
    private final Paragraph facts = new Paragraph();
    private final Paragraph hint = new Paragraph();
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
        add(title, figure, flesch, facts, hint, sentencesTitle, sentences, wordsTitle, words,
                new Paragraph(getTranslation("lix.about")));
        unavailable();
    }

    /** Measures the letter as previewed: the words a resident reads, links left out. */
    void show(RenderedLetter letter, Locale letterLanguage) {
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

        sentences.removeAll();
        score.longestSentences(SHOWN).forEach(s -> sentences.add(
                new ListItem(getTranslation("lix.sentence", s.text(), s.words().size()))));
        words.removeAll();
        score.longestWords(SHOWN + 2).forEach(w -> words.add(
                new ListItem(getTranslation("lix.word", w, w.codePoints().filter(Character::isLetter).count()))));
        setListsVisible(true);
    }

    /** The letter does not render (yet): no figure rather than a stale one. */
    void unavailable() {
        figure.setText(getTranslation("lix.unavailable"));
        flesch.setVisible(false);
        facts.setVisible(false);
        hint.setVisible(false);
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
     * Appends {@code text} to {@code into} with every long word (more than six letters, links left out) in a
     * {@code <mark>}, underlined as well as highlighted.
     */
    static void markLongWords(Element into, String text) {
        int at = 0;
        for (var word : Readability.words(text)) {
            if (word.isLong()) {
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
