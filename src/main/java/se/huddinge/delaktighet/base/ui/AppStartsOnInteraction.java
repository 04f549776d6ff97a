package se.huddinge.delaktighet.base.ui;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A public page whose first HTML is a readable copy of the whole first screen ({@link PagePreview}) and that a
 * resident mostly reads: in production its app starts on the reader's first interaction (a tap, a key, focus, the
 * wheel, a scroll) or after {@code portal.web.start-after-idle} without one, not right after the first paint
 * ({@link AppStartsAfterPaint}; docs/design-decisions.md, DD45). Meanwhile the copy's links are plain links. A form
 * page is marked when its first HTML draws its form ({@link FormCopy}, DD49): what is typed there goes to the app's
 * field. A page whose first HTML cannot stand for it yet (managing a proposal) is not marked and starts after the
 * paint.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface AppStartsOnInteraction {
}
