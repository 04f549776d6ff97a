package se.huddinge.delaktighet.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.function.Consumer;
import se.huddinge.delaktighet.base.form.FieldError;
import se.huddinge.delaktighet.base.form.FormField;
import se.huddinge.delaktighet.base.form.InvalidInput;

/**
 * Shows a form's {@link InvalidInput} at its fields, the same way on every form: each message (its key from
 * {@link FieldError#key()}, in the page's language, with the field's limit if it has one) at the field it is
 * about, the focus on the first field with a problem, and the earlier messages gone. A form places every one of
 * its {@link FormField}s, or {@link Builder#complete()} refuses: a new field cannot be left without a place.
 * <pre>{@code
 * errors = FieldErrors.of(this, ProposalFormField.class)
 *         .at(TITLE, title, rules.titleMax())
 *         .atEach(MOTIVATION, motivations)             // one field per criterion, by id
 *         .elsewhere(ATTACHMENTS, attachments::show)   // a place that is not a field ("" clears it)
 *         .complete();
 * ...
 * catch (InvalidInput e) { errors.show(e); }
 * }</pre>
 */
public final class FieldErrors<F extends Enum<F> & FormField> {

    private final Component owner;
    private final Class<F> fields;
    private final Map<F, Place> places;

    private FieldErrors(Component owner, Class<F> fields, Map<F, Place> places) {
        this.owner = owner;
        this.fields = fields;
        this.places = places;
    }

    /** Starts placing the fields of {@code fields} on {@code owner}'s form (whose language the messages take). */
    public static <F extends Enum<F> & FormField> Builder<F> of(Component owner, Class<F> fields) {
        return new Builder<>(owner, fields);
    }

    /** Takes every message away. */
    public void clear() {
        places.values().forEach(Place::clear);
    }

    /**
     * Clears the earlier messages and shows these, the focus on the first field with one.
     *
     * @throws IllegalStateException for a problem of another form's fields: the view called the wrong service
     */
    public void show(InvalidInput invalid) {
        clear();
        Focusable<?> first = null;
        for (FieldError error : invalid.errors()) {
            if (!fields.isInstance(error.field())) {
                throw new IllegalStateException(error + " is not a problem of " + fields.getSimpleName());
            }
            var place = places.get(fields.cast(error.field()));
            var shown = place.show(error.item(), owner.getTranslation(error.key(), place.args));
            if (first == null && shown instanceof Focusable<?> focusable) {
                first = focusable;
            }
        }
        if (first != null) {
            first.focus();
        }
    }

    /** The message of one problem, in the page's language (for a form that shows it its own way). */
    public String message(FieldError error) {
        return owner.getTranslation(error.key(), places.get(fields.cast(error.field())).args);
    }

    /** Places the fields; {@link #complete()} checks that none is left out. */
    public static final class Builder<F extends Enum<F> & FormField> {
        private final Component owner;
        private final Class<F> fields;
        private final Map<F, Place> places;

        private Builder(Component owner, Class<F> fields) {
            this.owner = owner;
            this.fields = fields;
            this.places = new EnumMap<>(fields);
        }

        /** The field's messages show at {@code target}, with {@code args} for their placeholders ({0}: a limit). */
        public Builder<F> at(F field, HasValidation target, Object... args) {
            return place(field, new Place(args) {
                @Override
                Object show(Long item, String message) {
                    return invalid(target, message);
                }

                @Override
                void clear() {
                    target.setInvalid(false);
                }
            });
        }

        /** A field the form repeats: its messages show at the copy of the problem's item (an id). */
        public Builder<F> atEach(F field, Map<Long, ? extends HasValidation> targets, Object... args) {
            return place(field, new Place(args) {
                @Override
                Object show(Long item, String message) {
                    var target = targets.get(item);
                    if (target == null) {
                        throw new IllegalStateException("No " + field + " for " + item);
                    }
                    return invalid(target, message);
                }

                @Override
                void clear() {
                    targets.values().forEach(t -> t.setInvalid(false));
                }
            });
        }

        /** The field's messages go to {@code show}, a place that is not a field (an empty text clears it). */
        public Builder<F> elsewhere(F field, Consumer<String> show, Object... args) {
            return place(field, new Place(args) {
                @Override
                Object show(Long item, String message) {
                    show.accept(message);
                    return null;
                }

                @Override
                void clear() {
                    show.accept("");
                }
            });
        }

        private Builder<F> place(F field, Place place) {
            if (places.putIfAbsent(field, place) != null) {
                throw new IllegalStateException(field + " is placed twice");
            }
            return this;
        }

        /** @throws IllegalStateException naming the fields that have no place */
        public FieldErrors<F> complete() {
            var missing = EnumSet.allOf(fields);
            missing.removeAll(places.keySet());
            if (!missing.isEmpty()) {
                throw new IllegalStateException("No place on the form for " + missing);
            }
            return new FieldErrors<>(owner, fields, places);
        }
    }

    /** Where one field's messages go. */
    private abstract static class Place {
        final Object[] args;

        Place(Object[] args) {
            this.args = args;
        }

        /** Shows the message; returns the field that shows it, if any. */
        abstract Object show(Long item, String message);

        abstract void clear();

        static HasValidation invalid(HasValidation target, String message) {
            target.setErrorMessage(message);
            target.setInvalid(true);
            return target;
        }
    }
}
