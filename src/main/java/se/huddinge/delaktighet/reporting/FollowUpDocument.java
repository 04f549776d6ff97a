package se.huddinge.delaktighet.reporting;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;


/**
 * The follow-up as a document: an XHTML fragment (summary, charts with their tables, the figures' tables) that the
 * screen shows as it is, and a PDF of the same fragment under the municipality's header.
 */
@Component
class FollowUpDocument {

    private final FollowUpTables tables;
    private final Statistics statistics;
    private final ChartFigures charts;
    private final PdfDocuments pdfs;
    private final I18NProvider i18n;

    FollowUpDocument(FollowUpTables tables, Statistics statistics, ChartFigures charts, PdfDocuments pdfs,
                     I18NProvider i18n) {
        this.tables = tables;
        this.statistics = statistics;
        this.charts = charts;
        this.pdfs = pdfs;
        this.i18n = i18n;
    }

    String fragment(AnnualFollowUp f, Locale locale) {
        var html = new Xhtml().raw("<div class=\"report\">");
        html.element("h2", i18n.getTranslation("followup.summaryHeading", locale));
        html.raw("<p id=\"followup-summary\">").raw(Xhtml.escape(tables.summary(f, locale))).raw("</p>");
        for (var section : tables.sections(f, locale)) {
            html.element("h2", section.caption());
            if (section.rows().isEmpty()) {
                html.element("p", i18n.getTranslation("followup.nothing", locale));
            } else {
                html.table(section.caption(), section.headers(), section.rows());
            }
        }
        html.element("h2", i18n.getTranslation("followup.charts", locale));
        var received = new java.util.LinkedHashMap<String, Long>();
        f.byDistrict().forEach((district, figures) -> received.put(district,
                figures[AnnualFollowUp.DISTRICT_FIGURES.indexOf("IN_MODERATION")]));
        for (Chart chart : List.of(statistics.perMonth(f.year(), locale),
                statistics.perDistrict(f.year(), received, locale))) {
            html.raw(charts.figure(chart));
        }
        return html.raw("</div>").toString();
    }

    void pdf(AnnualFollowUp f, Locale locale, OutputStream out) {
        pdfs.write(i18n.getTranslation("followup.documentTitle", locale, f.year()), fragment(f, locale), locale, out);
    }
}
