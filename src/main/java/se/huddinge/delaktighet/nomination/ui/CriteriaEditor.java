package se.huddinge.delaktighet.nomination.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import se.huddinge.delaktighet.nomination.RoundForm;

/**
 * The criteria of a round, each with a title and a description in Swedish and English, and optionally in Finnish
 * (DD43); added and removed in place.
 */
class CriteriaEditor extends Div {

    private final Component page;
    private final Div rows = new Div();
    private final Span error = new Span();
    private final List<Row> current = new ArrayList<>();

    private record Row(Long id, Div box, TextField titleSv, TextField titleEn, TextField titleFi,
                       TextArea descriptionSv, TextArea descriptionEn, TextArea descriptionFi) {
        RoundForm.Criterion value() {
            return new RoundForm.Criterion(id, titleSv.getValue(), titleEn.getValue(), descriptionSv.getValue(),
                    descriptionEn.getValue(), titleFi.getValue(), descriptionFi.getValue());
        }
    }

    CriteriaEditor(Component page) {
        this.page = page;
        setId("criteria-editor");
        error.addClassName("field-error");
        error.setId("criteria-error");
        error.getElement().setAttribute("role", "alert");
        var add = new Button(page.getTranslation("rounds.criterion.add"),
                e -> addRow(new RoundForm.Criterion(null, "", "", "", "")));
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(error, rows, add);
    }

    void show(List<RoundForm.Criterion> criteria) {
        rows.removeAll();
        current.clear();
        criteria.forEach(this::addRow);
        if (criteria.isEmpty()) {
            addRow(new RoundForm.Criterion(null, "", "", "", ""));
        }
    }

    List<RoundForm.Criterion> value() {
        return current.stream().map(Row::value).toList();
    }

    void showError(String message) {
        error.setText(message);
    }

    void clearError() {
        error.setText("");
    }

    private void addRow(RoundForm.Criterion c) {
        int n = current.size() + 1;
        var box = new Div();
        box.addClassName("criterion-row");
        var row = new Row(c.id(), box, field("rounds.criterion.titleSv", n, c.titleSv()),
                field("rounds.criterion.titleEn", n, c.titleEn()), field("rounds.criterion.titleFi", n, c.titleFi()),
                area("rounds.criterion.descriptionSv", n, c.descriptionSv()),
                area("rounds.criterion.descriptionEn", n, c.descriptionEn()),
                area("rounds.criterion.descriptionFi", n, c.descriptionFi()));
        var remove = new Button(page.getTranslation("rounds.criterion.remove", n), e -> {
            current.remove(row);
            rows.remove(box);
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        box.add(new H3(page.getTranslation("rounds.criterion", n)), row.titleSv(), row.titleEn(),
                row.titleFi(), row.descriptionSv(), row.descriptionEn(), row.descriptionFi(), remove);
        current.add(row);
        rows.add(box);
    }

    private TextField field(String key, int n, String value) {
        var f = new TextField(page.getTranslation(key, n));
        f.setValue(value == null ? "" : value);
        f.setWidthFull();
        return f;
    }

    private TextArea area(String key, int n, String value) {
        var f = new TextArea(page.getTranslation(key, n));
        f.setValue(value == null ? "" : value);
        f.setWidthFull();
        return f;
    }
}
