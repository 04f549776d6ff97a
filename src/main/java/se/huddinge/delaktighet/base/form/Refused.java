package se.huddinge.delaktighet.base.form;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a constant of a form's {@link FormField} enum: what the form's check may refuse that field for, and so which
 * messages it needs ({@code @Refused({REQUIRED, TOO_LONG}) TITLE}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Refused {
    Reason[] value();
}
