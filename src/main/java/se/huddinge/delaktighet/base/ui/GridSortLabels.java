package se.huddinge.delaktighet.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * A list's sort buttons read out in the page's language. Vaadin's grid connector (25.2) names each sort button
 * {@code aria-label="Sort by <heading>"} in English on every page, and neither the grid nor its sorter has a
 * translation for it. A script, installed once per page, renames every such button as it appears: "Sortera efter
 * Förslag". On an English page nothing is done.
 */
@Component
class GridSortLabels implements VaadinServiceInitListener {

    /** Vaadin's own prefix, from its grid connector. */
    private static final String VAADINS = "Sort by";
    private static final String SCRIPT = """
            const vaadins = $0 + ' ', ours = $1 + ' ';
            if (window.portalSortLabels || vaadins === ours) return;
            window.portalSortLabels = true;
            const rename = () => document.querySelectorAll('vaadin-grid-sorter[aria-label^="' + vaadins + '"]').forEach(
                s => s.setAttribute('aria-label', ours + s.getAttribute('aria-label').substring(vaadins.length)));
            new MutationObserver(rename).observe(document.body,
                {subtree: true, childList: true, attributes: true, attributeFilter: ['aria-label']});
            rename();
            """;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        // once the UI's language is set (LanguageSelection, also at UI init), before its first answer
        event.getSource().addUIInitListener(e -> {
            var ui = e.getUI();
            ui.beforeClientResponse(ui, context ->
                    ui.getPage().executeJs(SCRIPT, VAADINS, ui.getTranslation("grid.sortBy")));
        });
    }
}
