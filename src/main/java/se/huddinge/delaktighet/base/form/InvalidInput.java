package se.huddinge.delaktighet.base.form;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The form had problems, each a {@link FieldError} of the form's own {@link FormField} type, in the order of the
 * form. Nothing was saved. The view shows them with {@code base.ui.FieldErrors}.
 */
public class InvalidInput extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidInput(List<FieldError> errors) {
        super("Invalid input in " + errors.stream().map(FieldError::fieldName).toList());
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("No problem to report");
        }
        this.errors = List.copyOf(errors);
    }

    /** One problem. */
    public InvalidInput(FormField field, Reason reason) {
        this(List.of(new FieldError(field, reason)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** Field name to reason ({@code title} → {@code tooLong}): for tests and logs, not for finding a field. */
    public Map<String, String> problems() {
        var byName = new LinkedHashMap<String, String>();
        errors.forEach(e -> byName.put(e.fieldName(), e.reason().key()));
        return byName;
    }
}
