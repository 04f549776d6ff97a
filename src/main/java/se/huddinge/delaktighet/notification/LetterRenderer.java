package se.huddinge.delaktighet.notification;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import se.huddinge.delaktighet.base.PortalSettings;
import se.huddinge.delaktighet.base.i18n.PortalI18n;

/**
 * Renders a letter from its template {@code templates/mail/NAME_LANG.txt} (Thymeleaf text mode): the first
 * line is {@code Subject: ...}, the rest is the body. The HTML version is the same body set in the
 * municipality's letter layout ({@code templates/mail/layout.html}), links made clickable. One template per
 * letter and language keeps the two versions from ever saying different things.
 */
@Component
public class LetterRenderer {

    private static final Pattern URL = Pattern.compile("https?://\\S+");
    private static final String SUBJECT = "Subject:";

    private final SpringTemplateEngine text = engine(TemplateMode.TEXT, ".txt");
    private final SpringTemplateEngine html = engine(TemplateMode.HTML, ".html");
    private final PortalSettings settings;

    LetterRenderer(PortalSettings settings) {
        this.settings = settings;
    }

    private static SpringTemplateEngine engine(TemplateMode mode, String suffix) {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        var engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }

    public RenderedLetter render(String template, Locale locale, Map<String, Object> model) {
        Locale l = PortalI18n.supported(locale);
        var context = new Context(l, common(model));
        String rendered = text.process(template + "_" + l.getLanguage(), context).strip();
        int newline = rendered.indexOf('\n');
        if (!rendered.startsWith(SUBJECT) || newline < 0) {
            throw new IllegalStateException("Letter template " + template + " must start with a 'Subject:' line");
        }
        String subject = rendered.substring(SUBJECT.length(), newline).strip();
        String body = rendered.substring(newline + 1).strip() + "\n";

        var htmlContext = new Context(l, common(Map.of("subject", subject, "paragraphs", paragraphs(body))));
        return new RenderedLetter(subject, body, html.process("layout", htmlContext));
    }

    private Map<String, Object> common(Map<String, Object> model) {
        var all = new HashMap<String, Object>(model);
        // plain values: SpEL reads maps and getters, not record accessors
        all.put("contactPhone", settings.contact().phone());
        all.put("contactEmail", settings.contact().email());
        all.put("municipality", settings.municipality());
        all.put("portalLink", settings.link(""));
        return all;
    }

    /** Splits the body into paragraphs of text and link segments for the HTML layout. */
    static List<List<Map<String, Object>>> paragraphs(String body) {
        var result = new ArrayList<List<Map<String, Object>>>();
        for (String paragraph : body.split("\\n\\s*\\n")) {
            var segments = new ArrayList<Map<String, Object>>();
            String[] lines = paragraph.strip().split("\\n");
            for (int i = 0; i < lines.length; i++) {
                Matcher m = URL.matcher(lines[i]);
                int at = 0;
                while (m.find()) {
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
