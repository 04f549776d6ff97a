package se.huddinge.delaktighet.base.form;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects a form's problems, one per field (a later one replaces an earlier one of the same field), and throws
 * them all at once.
 * <pre>{@code
 * var problems = new FieldChecks();
 * problems.check(TITLE, InputCheck.text(form.title(), max, false));
 * if (!form.consent()) problems.add(CONSENT, Reason.REQUIRED);
 * problems.throwIfAny();
 * }</pre>
 */
public final class FieldChecks {

    private final Map<String, FieldError> byField = new LinkedHashMap<>();

    public void add(FormField field, Reason reason) {
        add(new FieldError(field, reason));
    }

    /** A problem of one of a repeated field's copies. */
    public void add(FormField field, Reason reason, long item) {
        add(new FieldError(field, reason, item));
    }

    private void add(FieldError error) {
        byField.put(error.fieldName(), error);
    }

    /** The answer of a check that names its problem in a word ({@code InputCheck}'s), null when fine. */
    public void check(FormField field, String reason) {
        if (reason != null) {
            add(field, Reason.of(reason));
        }
    }

    /** As {@link #check(FormField, String)}, for one copy of a repeated field. */
    public void check(FormField field, String reason, long item) {
        if (reason != null) {
            add(field, Reason.of(reason), item);
        }
    }

    /** Whether the field (not a repeated one) has a problem already. */
    public boolean has(FormField field) {
        return byField.values().stream().anyMatch(e -> e.field() == field && e.item() == null);
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public List<FieldError> errors() {
        return List.copyOf(byField.values());
    }

    /** @throws InvalidInput with every problem, in the order they were found */
    public void throwIfAny() {
        if (!byField.isEmpty()) {
            throw new InvalidInput(errors());
        }
    }
}
