package se.huddinge.delaktighet.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.huddinge.delaktighet.base.i18n.PortalI18n;
import se.huddinge.delaktighet.notification.internal.KeptTemplateOverrides;
import se.huddinge.delaktighet.notification.internal.TemplateOverrides;
import se.huddinge.delaktighet.proposal.LetterFacts;
import se.huddinge.delaktighet.proposal.ProposalFilter;
import se.huddinge.delaktighet.proposal.ProposalMailing;
import se.huddinge.delaktighet.proposal.ProposalReads;
import se.huddinge.delaktighet.security.SignedIn;
import se.huddinge.delaktighet.security.StaffRole;

/**
 * Administrators edit the letters' words: one text per letter and language, the first line the subject. The
 * defaults ship with the code; an edit is stored with who and when, checked by rendering it with a real
 * proposal first, and can be undone back to the default.
 */
@Service
public class LetterTemplates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(\\w+)");

    private final LetterRenderer renderer;
    private final TemplateOverrides overrides;
    private final KeptTemplateOverrides kept;
    private final ProposalLetterWriter words;
    private final ProposalReads proposals;
    private final ProposalMailing mailing;
    private final PrizeLetterWriter prizeWords;
    private final SignedIn signedIn;
    private final Clock clock;

    LetterTemplates(LetterRenderer renderer, TemplateOverrides overrides, KeptTemplateOverrides kept,
                    ProposalLetterWriter words, ProposalReads proposals, ProposalMailing mailing,
                    PrizeLetterWriter prizeWords, SignedIn signedIn, Clock clock) {
        this.kept = kept;
        this.prizeWords = prizeWords;
        this.renderer = renderer;
        this.overrides = overrides;
        this.words = words;
        this.proposals = proposals;
        this.mailing = mailing;
        this.signedIn = signedIn;
        this.clock = clock;
    }

    /** The letters that can be edited: every template that ships, less the shared parts (names starting with _). */
    @PreAuthorize(StaffRole.IS_ADMIN)
    public List<String> names() {
        try {
            var names = new TreeSet<String>();
            for (var r : new PathMatchingResourcePatternResolver().getResources("classpath*:templates/mail/*_sv.txt")) {
                String file = r.getFilename();
                if (file != null && !file.startsWith("_")) {
                    names.add(file.substring(0, file.length() - "_sv.txt".length()));
                }
            }
            return List.copyOf(names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text in force: the administrators' edit, or the default. */
    @Transactional(readOnly = true)
    @PreAuthorize(StaffRole.IS_ADMIN)
    public String current(String name, Locale locale) {
        String key = key(name, locale);
        return overrides.find(key).orElseGet(() -> byDefault(key));
    }

    @PreAuthorize(StaffRole.IS_ADMIN)
    public boolean isEdited(String name, Locale locale) {
        return overrides.find(key(name, locale)).isPresent();
    }

    /** The values the letter's text may use, as {@code ${name}}. */
    @PreAuthorize(StaffRole.IS_ADMIN)
    public List<String> placeholders(String name, Locale locale) {
        var found = new TreeSet<String>();
        var m = PLACEHOLDER.matcher(byDefault(key(name, locale)) + byDefault("_help_" + lang(locale)));
        while (m.find()) {
            found.add(m.group(1));
        }
        return List.copyOf(found);
    }

    /** The letter as it would read, written about the newest public proposal (or example values when none). */
    @Transactional(readOnly = true)
    @PreAuthorize(StaffRole.IS_ADMIN)
    public Preview preview(String name, Locale locale, String text) {
        var sample = sample(locale);
        if (name.startsWith("prize-")) {
            // a prize letter is written about a nomination: example values rather than a proposal's
            sample = new Sample(prizeWords.sample(PortalI18n.supported(locale)), "");
        }
        return new Preview(renderer.preview(name, locale, text, sample.model()), sample.about());
    }

    /** What a preview shows and which proposal it was written about. */
    public record Preview(RenderedLetter letter, String about) {
    }

    /** Stores an edit after checking that it renders; returns the rendered check. */
    @Transactional
    @PreAuthorize(StaffRole.IS_ADMIN)
    public Preview save(String name, Locale locale, String text) {
        if (!names().contains(name)) {
            throw new IllegalArgumentException("No such letter: " + name);
        }
        var checked = preview(name, locale, text);
        overrides.save(name, lang(locale), text.strip() + "\n", clock.instant(), user());
        kept.changed();
        return checked;
    }

    @Transactional
    @PreAuthorize(StaffRole.IS_ADMIN)
    public void reset(String name, Locale locale) {
        overrides.reset(name, lang(locale), clock.instant(), user());
        kept.changed();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(StaffRole.IS_ADMIN)
    public List<TemplateOverrides.Change> history(String name, Locale locale) {
        return overrides.history(name, lang(locale));
    }

    private record Sample(Map<String, Object> model, String about) {
    }

    private Sample sample(Locale locale) {
        Locale l = PortalI18n.supported(locale);
        var model = new HashMap<String, Object>();
        String about = "";
        Optional<LetterFacts> real = proposals.search(ProposalFilter.all(), PageRequest.of(0, 1)).stream().findFirst()
                .map(p -> mailing.preview(p.id()));
        if (real.isPresent()) {
            model.putAll(words.words(real.get(), l));
            model.put("authorName", real.get().authorName());
            about = real.get().reference();
        } else {
            model.put("title", "Fler bänkar i parken");
            model.put("reference", "HF-2026-0042");
            model.put("authorName", "Anna Andersson");
        }
        // the values a letter gets from its event rather than from the proposal: examples
        for (String link : List.of("statusLink", "confirmLink", "manageLink", "caseLink", "loginLink", "listLink",
                "requestLink", "resetLink", "stopLink")) {
            model.putIfAbsent(link, words.link("forslag/exempel"));
        }
        model.putIfAbsent("name", "Anna Andersson");
        model.putIfAbsent("username", "anna");
        model.putIfAbsent("step", "MODERATION");
        for (String date : List.of("due", "previousDue", "newDue", "moderationDue", "referralDue", "decisionDue",
                "meetingDate", "supportEndsAt", "validUntil")) {
            model.putIfAbsent(date, se.huddinge.delaktighet.base.i18n.Dates.longDate(java.time.LocalDate.now(clock), l));
        }
        model.putIfAbsent("linkHours", 72L);
        words.examples(model, l);
        CommentLetters.examples(model, l);
        return new Sample(model, about);
    }

    private static String key(String name, Locale locale) {
        return name + "_" + lang(locale);
    }

    private static String lang(Locale locale) {
        return PortalI18n.supported(locale).getLanguage();
    }

    private static String byDefault(String key) {
        try (var in = LetterTemplates.class.getResourceAsStream("/templates/mail/" + key + ".txt")) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String user() {
        return signedIn.username().orElse("system");
    }
}
