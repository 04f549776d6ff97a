package se.huddinge.delaktighet.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.huddinge.delaktighet.base.i18n.PortalI18n;

/**
 * A letter to a resident without e-mail is printed and posted (DD40), and says so (DD43): with {@code byPost} every
 * letter such a resident can get reads as a letter on paper in Swedish, English and Finnish — no "e-mail", no link
 * to click, no e-mail address to write to — and the e-mail a resident with an address gets is worded as before.
 */
class PostalLetterWordingTest {

    private static final java.util.List<Locale> LANGUAGES =
            java.util.List.of(PortalI18n.SWEDISH, PortalI18n.ENGLISH, PortalI18n.FINNISH);

    private final LetterRenderer renderer = ProposalLetterTemplatesTest.renderer();

    /** What only an e-mail can say, per language: the word for it, a link or a click, an address to write to. */
    private static final Map<String, String> EMAIL_ONLY = Map.of(
            "sv", "(?i).*(mejl|e-post|länk|klick|@).*",
            "en", "(?i).*(e-?mail|link|click|@).*",
            "fi", "(?i).*(sähköpost|link|napsaut|klikk|@).*");

    /** Every letter a resident registered by an officer can get: their proposal's, their support's, a nomination's. */
    static Stream<LetterKind> postalLetters() {
        var proposal = EnumSet.allOf(ProposalLetter.class);
        proposal.removeIf(l -> l.toUnprovenAddress() || l == ProposalLetter.OFFICER_REMINDER
                || l == ProposalLetter.IMPLEMENTATION_REMINDER
                // following takes a confirmed e-mail address: a follower is never a postal resident
                || l == ProposalLetter.FOLLOWER_THRESHOLD_REACHED || l == ProposalLetter.FOLLOWER_REFERRED);
        var prize = EnumSet.allOf(PrizeLetter.class);
        prize.removeIf(l -> l.toUnprovenAddress() || l == PrizeLetter.SCORING_REMINDER);
        return Stream.concat(proposal.stream(), prize.stream());
    }

    private Map<String, Object> model(LetterKind letter, Locale locale, Boolean byPost) {
        var m = new HashMap<String, Object>(letter instanceof PrizeLetter ? SampleLetters.prize()
                : ProposalLetterTemplatesTest.model("BIFALL"));
        if (locale.equals(PortalI18n.FINNISH)) {
            m = new HashMap<>(SampleLetters.inFinnish(m));
        }
        if (byPost != null) {
            m.put(LetterRenderer.BY_POST, byPost);
        }
        return m;
    }

    private String render(LetterKind letter, Locale locale, Boolean byPost) {
        var rendered = renderer.render(letter.template(), locale, model(letter, locale, byPost));
        return rendered.subject() + "\n" + rendered.text();
    }

    @ParameterizedTest
    @MethodSource("postalLetters")
    void a_letter_by_post_has_no_e_mail_wording_in_any_language(LetterKind letter) {
        for (Locale locale : LANGUAGES) {
            String postal = render(letter, locale, true);
            assertThat(postal.lines().filter(line -> !line.startsWith("https://")))
                    .as("%s %s by post", letter.template(), locale)
                    .noneMatch(line -> line.matches(EMAIL_ONLY.get(locale.getLanguage())));
            assertThat(postal).as("the way to get help: the phone").contains("08-535 300 00")
                    .doesNotContain("[(", "${", "[#", "[/]").doesNotContain("\n\n\n");
            assertThat(render(letter, locale, false)).as("without the flag a letter is an e-mail")
                    .isEqualTo(render(letter, locale, null));
        }
    }

    @Test
    void the_postal_wording_is_there_and_the_e_mail_keeps_its_own() {
        var cases = Map.of(
                "sv", new String[] {"Spara brevet", "Du får ett brev när beslutet är fattat.", "fler brev",
                        "Spara mejlet och dela inte länken med någon.", "Du får ett mejl när beslutet är fattat.",
                        "fler mejl"},
                "en", new String[] {"Keep this letter", "You will get a letter when it has decided.",
                        "no more letters", "The link is personal. Keep this e-mail and do not share the link.",
                        "You will get an e-mail when it has decided.", "no more e-mails"},
                "fi", new String[] {"Säilytä tämä kirje", "Saat kirjeen, kun päätös on tehty.", "enää kirjeitä",
                        "Säilytä tämä viesti äläkä jaa linkkiä kenellekään.",
                        "Saat sähköpostia, kun päätös on tehty.", "enää sähköposteja"});
        for (Locale locale : LANGUAGES) {
            var words = cases.get(locale.getLanguage());
            assertThat(render(ProposalLetter.RECEIPT, locale, true)).contains(words[0]).doesNotContain(words[3]);
            assertThat(render(ProposalLetter.REFERRED, locale, true)).contains(words[1]).doesNotContain(words[4]);
            assertThat(render(ProposalLetter.SUPPORTER_DECIDED, locale, true)).contains(words[2]).doesNotContain(words[5]);
            assertThat(render(ProposalLetter.RECEIPT, locale, false)).contains(words[3]).doesNotContain(words[0]);
            assertThat(render(ProposalLetter.REFERRED, locale, false)).contains(words[4]).doesNotContain(words[1]);
            assertThat(render(ProposalLetter.SUPPORTER_DECIDED, locale, false)).contains(words[5])
                    .doesNotContain(words[2]);
        }
    }

    @Test
    void a_postal_letter_stays_plain_text_with_its_addresses_on_lines_of_their_own() {
        var rendered = renderer.render("proposal-receipt", PortalI18n.SWEDISH,
                model(ProposalLetter.RECEIPT, PortalI18n.SWEDISH, true));
        assertThat(rendered.text()).doesNotContain("<", ">")
                .contains("\nhttps://delaktighet.example/forslag/hantera/def\n");
    }
}
