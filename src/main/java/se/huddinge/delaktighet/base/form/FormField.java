package se.huddinge.delaktighet.base.form;

import java.util.Set;

/**
 * A field of one form that the service checks. Each form has an enum of its fields (for example
 * {@code ProposalFormField}); each constant lists the {@link Reason}s the check may refuse it for with
 * {@link Refused}, and nothing else can be reported for it ({@link FieldError} refuses). So the enum is the whole list of the form's possible
 * messages: {@code TranslationsTest} checks each in both languages, and {@code base.ui.FieldErrors} refuses to show
 * a form whose fields are not all placed.
 */
public interface FormField {

    /** The form's messages start with this, e.g. {@code proposal} for {@code proposal.invalid.title.tooLong}. */
    String form();

    /** What the check may refuse this field for: the constant's {@link Refused}, none without one. */
    default Set<Reason> reasons() {
        try {
            var refused = ((Enum<?>) this).getDeclaringClass().getField(name()).getAnnotation(Refused.class);
            return refused == null ? Set.of() : Set.of(refused.value());
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The enum constant's name (every form field is an enum constant). */
    String name();
}
