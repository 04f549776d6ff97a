package se.huddinge.delaktighet.base.form;

import java.util.Locale;

/**
 * Why a form's check refused a field: the last part of the message's key, e.g. {@link #TOO_LONG} in
 * {@code proposal.invalid.title.tooLong}. The words are shared; which of them a field may have is its
 * {@link FormField#reasons()}.
 */
public enum Reason {
    REQUIRED, TOO_LONG, CONTROL, EMAIL, PHONE, SELF, TOO_MANY, TOO_LARGE, FILE_TYPE, RANGE, TAKEN, INCOMPLETE,
    ANSWERED, BEFORE_OPENS, BEFORE_RECEIVED, BEFORE_DEADLINE, OUTSIDE, DECIDED, FUTURE,
    CASE_OR_NOTE, BEFORE_CLOSED, OPEN, INVALID, BEFORE_MEETING, RECUSED,
    NOT_IN_REVIEW, INVALID_NAME, TOO_SHORT, TOO_EASY;

    /** As in the message key: {@code tooLong}. */
    public String key() {
        return FieldError.camel(name());
    }

    /**
     * The reason named as {@code InputCheck} names it ({@code "tooLong"}), or null for null (no problem).
     *
     * @throws IllegalArgumentException for a word that is not a reason
     */
    public static Reason of(String key) {
        return key == null ? null : valueOf(key.replaceAll("([A-Z])", "_$1").toUpperCase(Locale.ROOT));
    }
}
