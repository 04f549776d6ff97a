package se.huddinge.delaktighet.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.vaadin.flow.i18n.I18NProvider;

import se.huddinge.delaktighet.base.PortalSettings;

/**
 * PDFs of the committee's documents: an XHTML body under the municipality's header, printed by openhtmltopdf
 * tagged for screen readers (PDF/UA), the font embedded, SVG charts drawn as vectors.
 */
@Component
class PdfDocuments {

    private static final String CSS = "@page { size: A4; margin: 20mm 18mm; } body { font-family: 'DejaVu Sans'; "
            + "font-size: 10pt; color: #1a1a1a; } h1 { font-size: 18pt; margin: 0 0 4mm; } h2 { font-size: 13pt; "
            + "margin: 7mm 0 2mm; } .header { border-bottom: 2px solid #1f4e79; padding-bottom: 2mm; margin-bottom: 5mm; } "
            + "table { border-collapse: collapse; width: 100%; margin: 2mm 0 5mm; page-break-inside: avoid; } "
            + "caption { text-align: left; font-weight: bold; margin-bottom: 1mm; } th, td { border: 1px solid #999; "
            + "padding: 1mm 2mm; text-align: left; } td { text-align: right; } svg.chart { width: 170mm; height: auto; } "
            + "figure { margin: 0 0 5mm; page-break-inside: avoid; } figcaption { font-style: italic; margin: 1mm 0; } "
            + "pre { font-family: 'DejaVu Sans'; white-space: pre-wrap; }";

    private final PortalSettings settings;
    private final I18NProvider i18n;

    PdfDocuments(PortalSettings settings, I18NProvider i18n) {
        this.settings = settings;
        this.i18n = i18n;
    }

    void write(String title, String body, Locale locale, OutputStream out) {
        String document = "<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"UTF-8\"/>"
                + "<title>" + Xhtml.escape(title) + "</title><meta name=\"subject\" content=\""
                + Xhtml.escape(title + " – " + settings.municipality()) + "\"/><style>" + CSS + "</style></head><body>"
                + "<div class=\"header\"><p>" + Xhtml.escape(settings.municipality()) + " · "
                + Xhtml.escape(i18n.getTranslation("followup.committee", locale)) + "</p><h1>" + Xhtml.escape(title)
                + "</h1></div>" + body + "</body></html>";
        try {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            for (var weight : List.of(400, 700)) {
                String file = weight == 400 ? "DejaVuSans.ttf" : "DejaVuSans-Bold.ttf";
                builder.useFont(() -> PdfDocuments.class.getResourceAsStream("/reports/fonts/" + file),
                        ChartRenderer.FONT, weight, FontStyle.NORMAL, true);
            }
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.withProducer(settings.municipality());
            builder.withHtmlContent(document, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
