package se.huddinge.delaktighet.review.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.IntStream;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;

import se.huddinge.delaktighet.proposal.ProposalRules;

/** The filter fields the staff lists share, set up the same way in each. */
final class Filters {

    private Filters() {
    }

    /** Free-text search: searched when the typing pauses, clearable. */
    static void search(TextField text, String labelKey, String helpKey) {
        text.setLabel(text.getTranslation(labelKey));
        text.setHelperText(text.getTranslation(helpKey));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
    }

    /** A proposal's district and category (subject), from the operator's settings. */
    static void places(ProposalRules rules, ComboBox<String> district, ComboBox<ProposalRules.Named> category) {
        district.setLabel(district.getTranslation("list.district"));
        district.setItems(rules.districts());
        category.setLabel(category.getTranslation("list.category"));
        category.setItems(rules.categories());
        category.setItemLabelGenerator(c -> c.name(com.vaadin.flow.component.UI.getCurrent().getLocale()));
    }

    /** The last ten years, newest first. */
    static void years(ComboBox<Integer> year, String labelKey, Clock clock) {
        int thisYear = LocalDate.now(clock).getYear();
        year.setLabel(year.getTranslation(labelKey));
        year.setItems(IntStream.rangeClosed(thisYear - 9, thisYear).boxed().sorted((a, b) -> b - a).toList());
    }

    /**
     * The filter in the grid's order: its first sort order as the list's enum of orders (the columns' keys are the
     * enum's names) and direction, or {@code base} as it is when the grid is not sorted.
     */
    static <S extends Enum<S>, F> F sorted(F base, List<QuerySortOrder> orders, Class<S> sorts,
                                           BiFunction<S, Boolean, F> sortedBy) {
        return orders.isEmpty() ? base : sortedBy.apply(Enum.valueOf(sorts, orders.getFirst().getSorted()),
                orders.getFirst().getDirection() == SortDirection.ASCENDING);
    }

    /** A link within the portal (no page load). */
    static Anchor link(String path, String text) {
        var a = new Anchor(path, text);
        a.getElement().setAttribute("router-link", true);
        return a;
    }
}
