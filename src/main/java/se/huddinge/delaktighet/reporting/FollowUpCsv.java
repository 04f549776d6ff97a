package se.huddinge.delaktighet.reporting;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Locale;

import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

/** The follow-up's tables as one CSV: each row starts with its table's caption, then the row as on screen. */
@Component
class FollowUpCsv {

    private final FollowUpTables tables;
    private final I18NProvider i18n;

    FollowUpCsv(FollowUpTables tables, I18NProvider i18n) {
        this.tables = tables;
        this.i18n = i18n;
    }

    void write(AnnualFollowUp f, Locale locale, OutputStream out) {
        try (var csv = new Csv(out, i18n.getTranslation("followup.csv.table", locale),
                i18n.getTranslation("followup.csv.row", locale), i18n.getTranslation("followup.csv.values", locale))) {
            for (var section : tables.sections(f, locale)) {
                var header = new ArrayList<Object>();
                header.add(section.caption());
                header.addAll(section.headers());
                csv.row(header);
                for (var row : section.rows()) {
                    var cells = new ArrayList<Object>();
                    cells.add(section.caption());
                    cells.addAll(row);
                    csv.row(cells);
                }
            }
        }
    }
}
