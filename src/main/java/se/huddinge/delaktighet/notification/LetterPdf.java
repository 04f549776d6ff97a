package se.huddinge.delaktighet.notification;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import se.huddinge.delaktighet.base.PortalSettings;
import se.huddinge.delaktighet.base.PostalAddress;
import se.huddinge.delaktighet.base.i18n.Dates;

/**
 * Prints letters by post (DD40): each on its own A4 page(s) under the municipality's letterhead, the address block
 * where a C5 or DL window envelope (left window, SS 03 62 / DIN 5008 form B) shows it: 20 mm from the left edge,
 * its first line 50 mm from the top, 85 mm wide; the text of the e-mail letter below it, from 100 mm. Every text is
 * escaped: a title or a name a person typed is printed as typed, never read as markup.
 */
@Component
class LetterPdf {

    /** Millimetres from the page's left edge and top to the address block's first line (DD40). */
    static final int ADDRESS_LEFT_MM = 20;
    static final int ADDRESS_TOP_MM = 50;

    private static final int MARGIN_TOP_MM = 15;
    private static final double BODY_WIDTH_MM = 170;
    private static final double BODY_FONT_PT = 10.5;
    private static final String CSS = "@page { size: A4; margin: " + MARGIN_TOP_MM + "mm 20mm 20mm " + ADDRESS_LEFT_MM
            + "mm; } body { font-family: 'DejaVu Sans'; font-size: 10.5pt; color: #000; margin: 0; } "
            + ".letter { position: relative; page-break-after: always; padding-top: " + (100 - MARGIN_TOP_MM)
            + "mm; } .letter:last-child { page-break-after: auto; } "
            + ".head { position: absolute; top: 0; left: 0; width: 170mm; border-bottom: 1.5pt solid #1f4e79; "
            + "padding-bottom: 2mm; } .head .name { font-size: 15pt; font-weight: bold; margin: 0; } "
            + ".head p { margin: 0; font-size: 9pt; } .date { position: absolute; top: " + (ADDRESS_TOP_MM - MARGIN_TOP_MM)
            + "mm; left: 120mm; font-size: 9.5pt; } .address { position: absolute; top: "
            + (ADDRESS_TOP_MM - MARGIN_TOP_MM) + "mm; left: 0; width: 85mm; font-size: 11pt; line-height: 1.25; } "
            + ".address p { margin: 0; } .return { position: absolute; top: " + (ADDRESS_TOP_MM - MARGIN_TOP_MM - 5)
            + "mm; left: 0; font-size: 7pt; } h1 { font-size: 12.5pt; margin: 0 0 4mm; } "
            + ".body p { margin: 0 0 3mm; line-height: 1.35; word-wrap: break-word; }";

    private final PortalSettings settings;
    private final Clock clock;
    private final String returnAddress;

    LetterPdf(PortalSettings settings, Clock clock,
              @Value("${portal.letters.return-address:141 85 Huddinge}") String returnAddress) {
        this.settings = settings;
        this.clock = clock;
        this.returnAddress = returnAddress;
    }

    /** One letter to print: its address, language, date, subject and text (the links' tokens filled in). */
    record Page(PostalAddress to, Locale locale, LocalDate date, String subject, String text) {
    }

    byte[] print(List<Page> pages) {
        var html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"UTF-8\"/><title>")
                .append(esc(settings.municipality())).append("</title><style>").append(CSS)
                .append("</style></head><body>");
        for (var page : pages) {
            letter(html, page);
        }
        html.append("</body></html>");
        var out = new ByteArrayOutputStream();
        try {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            for (var weight : List.of(400, 700)) {
                String file = weight == 400 ? "DejaVuSans.ttf" : "DejaVuSans-Bold.ttf";
                builder.useFont(() -> LetterPdf.class.getResourceAsStream("/reports/fonts/" + file), "DejaVu Sans",
                        weight, FontStyle.NORMAL, true);
            }
            builder.withProducer(settings.municipality());
            builder.withHtmlContent(html.toString(), null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void letter(StringBuilder html, Page page) {
        html.append("<div class=\"letter\" lang=\"").append(esc(page.locale().getLanguage())).append("\">")
                .append("<div class=\"head\"><p class=\"name\">").append(esc(settings.municipality())).append("</p><p>")
                .append(esc(settings.baseUrl().getHost() + " · " + settings.contact().phone() + " · "
                        + settings.contact().email())).append("</p></div>")
                .append("<div class=\"return\">").append(esc(settings.municipality() + ", " + returnAddress))
                .append("</div><div class=\"address\">");
        page.to().lines().forEach(line -> html.append("<p>").append(esc(line)).append("</p>"));
        html.append("</div><div class=\"date\">").append(esc(Dates.longDate(page.date(), page.locale())))
                .append("</div><div class=\"body\"><h1>").append(esc(page.subject())).append("</h1>");
        for (String paragraph : page.text().strip().split("\\R\\s*\\R")) {
            html.append("<p>").append(String.join("<br/>", paragraph.strip().lines().map(LetterPdf::line).toList()))
                    .append("</p>");
        }
        html.append("</div></div>");
    }

    /**
     * One line of a letter's text. An address to type into a browser stays on one line, however long the portal's
     * address and its token are: broken over two lines it would be typed wrong. It is set smaller when it would not
     * fit the text's width (170 mm), never below 7 pt; only an address longer than that may still break.
     */
    static String line(String text) {
        String t = text.strip();
        if (!LetterRenderer.URL.matcher(t).matches()) {
            return esc(text);
        }
        // DejaVu Sans: about 0.62 em per character of an address; 1 pt = 0.3528 mm
        double fits = BODY_WIDTH_MM / (t.length() * 0.62 * 0.3528);
        double size = Math.max(7, Math.min(BODY_FONT_PT, Math.floor(fits * 10) / 10));
        String wrap = size <= fits ? "white-space: nowrap; " : "";
        return "<span class=\"url\" style=\"" + wrap + "font-size: " + size + "pt\">" + esc(t) + "</span>";
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String esc(String s) {
        return HtmlUtils.htmlEscape(s == null ? "" : s, "UTF-8");
    }
}
