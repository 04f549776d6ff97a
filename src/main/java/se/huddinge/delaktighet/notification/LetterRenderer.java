package se.huddinge.delaktighet.notification;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import se.huddinge.delaktighet.base.LetterLinks;
import se.huddinge.delaktighet.base.LinkRef;
import se.huddinge.delaktighet.base.PlainText;
import se.huddinge.delaktighet.base.PortalSettings;
import se.huddinge.delaktighet.base.i18n.PortalI18n;
import se.huddinge.delaktighet.notification.internal.KeptTemplateOverrides;
import se.huddinge.delaktighet.notification.internal.TextTemplateResolver;

/**
 * Renders a letter from its template {@code templates/mail/NAME_LANG.txt} (Thymeleaf text mode): the first
 * line is {@code Subject: ...}, the rest is the body. The HTML version is the same body set in the
 * municipality's letter layout ({@code templates/mail/layout.html}), links made clickable. One template per
 * letter and language keeps the two versions from ever saying different things.
 */
@Component
public class LetterRenderer {

    /**
     * The model's flag for a letter that is printed and posted instead of e-mailed (DD40, DD43): the templates word
     * what differs on paper ("this letter", "type this address into a browser") under {@code [# th:if="${byPost}"]}.
     */
    public static final String BY_POST = "byPost";

    /** A web address in a letter's text. */
    static final Pattern URL = Pattern.compile("https?://\\S+");
    private static final String SUBJECT = "Subject:";

    private final SpringTemplateEngine text;
    private final SpringTemplateEngine html = engine(TemplateMode.HTML, ".html");
    private final Function<String, Optional<String>> overrides;
    /** Looks whether the edits changed when due and returns their version ({@link KeptTemplateOverrides}). */
    private final LongSupplier overridesVersion;
    private final PortalSettings settings;
    /** Letters render under the read lock; the parsed templates are dropped under the write lock (DD33). */
    private final ReadWriteLock parsing = new ReentrantReadWriteLock();
    /** The version of the edits that the text engine's kept templates were parsed from. */
    private volatile long parsedFrom = Long.MIN_VALUE;

    @Autowired
    LetterRenderer(PortalSettings settings, KeptTemplateOverrides overrides) {
        this(settings, overrides::find, () -> {
            overrides.check();
            return overrides.version();
        });
    }

    /** With another source of edited templates (tests without a database: {@code name -> Optional.empty()}). */
    LetterRenderer(PortalSettings settings, Function<String, Optional<String>> overrides) {
        this(settings, overrides, () -> 0);
    }

    /** With edits whose version the renderer asks before each letter (tests). */
    LetterRenderer(PortalSettings settings, Function<String, Optional<String>> overrides,
                           LongSupplier overridesVersion) {
        this.settings = settings;
        this.overrides = overrides;
        this.overridesVersion = overridesVersion;
        this.text = textEngine(Optional.empty());
    }

    private static SpringTemplateEngine engine(TemplateMode mode, String suffix) {
        var engine = new SpringTemplateEngine();
        engine.setTemplateResolver(classpath(mode, suffix, 3));
        return engine;
    }

    private static ClassLoaderTemplateResolver classpath(TemplateMode mode, String suffix, int order) {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        // parsed once: the defaults ship with the code, and an edit empties the cache (render)
        resolver.setCacheable(true);
        resolver.setOrder(order);
        return resolver;
    }

    /** Text templates: a candidate being previewed first, then the administrators' edits, then the defaults. */
    private SpringTemplateEngine textEngine(Optional<Map.Entry<String, String>> candidate) {
        var engine = new SpringTemplateEngine();
        candidate.ifPresent(c -> engine.addTemplateResolver(new TextTemplateResolver(
                name -> name.equals(c.getKey()) ? Optional.of(c.getValue()) : Optional.empty(), 1, false)));
        engine.addTemplateResolver(new TextTemplateResolver(overrides, 2, true));
        engine.addTemplateResolver(classpath(TemplateMode.TEXT, ".txt", 3));
        return engine;
    }

    /**
     * The letter {@code template} in {@code locale}. Each template and partial is parsed once and kept; when the
     * administrators' edits changed (on this instance, or seen on another), the kept ones are dropped first.
     */
    public RenderedLetter render(String template, Locale locale, Map<String, Object> model) {
        long version = overridesVersion.getAsLong();
        if (version != parsedFrom) {
            parsing.writeLock().lock();
            try {
                text.clearTemplateCache();
                parsedFrom = version;
            } finally {
                parsing.writeLock().unlock();
            }
        }
        parsing.readLock().lock();
        try {
            return render(text, template, locale, model);
        } finally {
            parsing.readLock().unlock();
        }
    }

    /**
     * Renders {@code candidateText} as if it were the template {@code template} in {@code locale}: the preview of
     * an edit, and its check. Throws {@link TemplateProblem.Refused} with the problem when it does not render.
     */
    public RenderedLetter preview(String template, Locale locale, String candidateText, Map<String, Object> model) {
        String name = template + "_" + PortalI18n.supported(locale).getLanguage();
        RenderedLetter letter;
        RenderedLetter plain;
        overridesVersion.getAsLong();
        try {
            var engine = textEngine(Optional.of(Map.entry(name, candidateText)));
            letter = render(engine, template, locale, model);
            // the check reads the candidate with neutral values: the words of the proposal the preview is written
            // about (a title with "${" in it) are a resident's, and must not make a good template look unfinished
            plain = render(engine, template, locale, neutral(model));
        } catch (TemplateProblem.Refused e) {
            throw e;
        } catch (RuntimeException e) {
            throw new TemplateProblem.Refused(TemplateProblem.syntax(e), e);
        }
        String all = plain.subject() + "\n" + plain.text();
        if (all.contains("[(") || all.contains("${") || all.contains("[#")) {
            throw new TemplateProblem.Refused(TemplateProblem.unfinished(candidateText), null);
        }
        if (letter.text().isBlank()) {
            throw new TemplateProblem.Refused(new TemplateProblem(TemplateProblem.Reason.EMPTY, 0, ""), null);
        }
        return letter;
    }

    private RenderedLetter render(SpringTemplateEngine engine, String template, Locale locale, Map<String, Object> model) {
        Locale l = PortalI18n.supported(locale);
        String key = LetterLinks.newKey();
        var links = new ArrayList<LinkRef>();
        var context = new Context(l, common(withLinks(model, key, links)));
        String rendered = engine.process(template + "_" + l.getLanguage(), context).strip();
        int newline = rendered.indexOf('\n');
        if (!rendered.startsWith(SUBJECT) || newline < 0) {
            throw new TemplateProblem.Refused(new TemplateProblem(TemplateProblem.Reason.NO_SUBJECT, 1, ""), null);
        }
        String subject = rendered.substring(SUBJECT.length(), newline).strip();
        String body = rendered.substring(newline + 1).strip() + "\n";

        var htmlContext = new Context(l, common(Map.of("subject", subject,
                "paragraphs", paragraphs(body, settings.link("")))));
        return new RenderedLetter(subject, body, html.process("layout", htmlContext), links.isEmpty() ? null : key,
                links);
    }

    /**
     * The model with each {@link LetterLink} written as the portal's address and a marker of this letter's
     * {@code key}, its link added to {@code links} (DD20). The marker is in no other value: whatever else the model
     * holds — a resident's title, a name, an officer's motivation — is rendered as it is and never filled.
     */
    private Map<String, Object> withLinks(Map<String, Object> model, String key, List<LinkRef> links) {
        var result = new HashMap<String, Object>(model);
        model.forEach((name, value) -> {
            if (value instanceof LetterLink link) {
                int index = links.indexOf(link.ref());
                if (index < 0) {
                    links.add(link.ref());
                    index = links.size() - 1;
                }
                result.put(name, settings.link(link.path()) + LetterLinks.marker(key, index));
            }
        });
        return result;
    }

    /** {@code model} with the openings of an expression in its texts spaced apart, so they read as no expression. */
    private static Map<String, Object> neutral(Map<String, Object> model) {
        var result = new HashMap<String, Object>(model);
        result.replaceAll((k, v) -> v instanceof String s
                ? s.replace("${", "$ {").replace("[(", "[ (").replace("[#", "[ #") : v);
        return result;
    }

    /** The model's values that residents wrote (a title, a name): never links in a letter to an unproven address. */
    static final Set<String> RESIDENT_WORDS = Set.of("title", "authorName", "nomineeName", "nominatorName");

    /** Makes the residents' words in {@code model} inert when the letter goes to an unproven address. */
    static void residentWords(LetterKind kind, Map<String, Object> model) {
        if (kind.toUnprovenAddress()) {
            RESIDENT_WORDS.forEach(key -> model.computeIfPresent(key,
                    (k, v) -> v instanceof String s ? PlainText.inert(s) : v));
        }
    }

    private Map<String, Object> common(Map<String, Object> model) {
        var all = new HashMap<String, Object>();
        // no bidirectional controls in any letter, whoever wrote the text (PlainText)
        model.forEach((k, v) -> all.put(k, v instanceof String s ? PlainText.withoutBidiControls(s) : v));
        // plain values: SpEL reads maps and getters, not record accessors
        all.put("contactPhone", settings.contact().phone());
        all.put("contactEmail", settings.contact().email());
        all.put("municipality", settings.municipality());
        all.put("portalLink", settings.link(""));
        // an e-mail unless the writer says the letter goes by post (Letters); the editor's preview is an e-mail
        all.putIfAbsent(BY_POST, Boolean.FALSE);
        return all;
    }

    /**
     * Splits the body into paragraphs of text and link segments for the HTML layout. Only the portal's own addresses
     * (starting with {@code portal}) become links: an address a person typed stays text, so the HTML part carries no
     * link the portal did not write.
     */
    static List<List<Map<String, Object>>> paragraphs(String body, String portal) {
        var result = new ArrayList<List<Map<String, Object>>>();
        for (String paragraph : body.split("\\n\\s*\\n")) {
            var segments = new ArrayList<Map<String, Object>>();
            String[] lines = paragraph.strip().split("\\n");
            for (int i = 0; i < lines.length; i++) {
                Matcher m = URL.matcher(lines[i]);
                int at = 0;
                while (m.find()) {
                    if (!m.group().startsWith(portal)) {
                        continue;
                    }
                    segments.add(segment(lines[i].substring(at, m.start()), null, false));
                    segments.add(segment(m.group(), m.group(), false));
                    at = m.end();
                }
                segments.add(segment(lines[i].substring(at), null, i < lines.length - 1));
            }
            result.add(segments);
        }
        return result;
    }

    /** A piece of a paragraph: text, a link (or null), and whether a line break follows. */
    private static Map<String, Object> segment(String text, String href, boolean breakAfter) {
        var segment = new HashMap<String, Object>();
        segment.put("text", text);
        segment.put("href", href);
        segment.put("breakAfter", breakAfter);
        return segment;
    }
}
