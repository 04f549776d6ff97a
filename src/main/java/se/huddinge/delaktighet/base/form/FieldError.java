package se.huddinge.delaktighet.base.form;

import java.util.Locale;

/**
 * One problem a form's check found: the field, why, and for a field the form repeats (a motivation per criterion,
 * a citation per winner) which one ({@code item}, else null). The message's key is {@link #key()}, the one place
 * it is derived: {@code <form>.invalid.<field>.<reason>}.
 *
 * @throws IllegalArgumentException when the field does not list the reason: a problem no message was written for
 */
public record FieldError(FormField field, Reason reason, Long item) {

    public FieldError {
        if (!field.reasons().contains(reason)) {
            throw new IllegalArgumentException(field + " cannot be refused for " + reason);
        }
    }

    public FieldError(FormField field, Reason reason) {
        this(field, reason, null);
    }

    /** The message's translation key. */
    public String key() {
        return key(field, reason);
    }

    /** The translation key of a field's message for a reason: {@code proposal.invalid.livesInHuddinge.required}. */
    public static String key(FormField field, Reason reason) {
        return field.form() + ".invalid." + camel(field.name()) + "." + reason.key();
    }

    /** {@code LIVES_IN_HUDDINGE} as {@code livesInHuddinge}. */
    static String camel(String constant) {
        var out = new StringBuilder();
        boolean upper = false;
        for (char c : constant.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    /** The field as the tests and the logs name it: {@code title}, or {@code motivation.7} for a repeated one. */
    public String fieldName() {
        return camel(field.name()) + (item == null ? "" : "." + item);
    }
}
