package se.huddinge.delaktighet.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.H2;

/**
 * What a form shows when it is done, where the keyboard and the screen reader are (WCAG 2.4.3, 4.1.3). A form
 * that replaces itself with its result takes the focus with it: the button that had it is gone, and the browser
 * would otherwise drop the focus to the top of the page and say nothing. So the result's heading gets the focus,
 * and a screen reader reads it at once.
 * <pre>{@code
 * FormResult.replace(form, getTranslation("submit.done.title"), new Paragraph(...));  // the form becomes its result
 * FormResult.focus(problem);                                                          // any other element
 * }</pre>
 * The browser tests check it with {@code BrowserTest.assertFocusOnHeading(text)}.
 */
public final class FormResult {

    private FormResult() {
    }

    /**
     * Replaces what {@code container} shows with an {@code h2} and the given content, and moves the focus to the
     * heading. Use a heading one level below the page's ({@link #focus} takes any element).
     */
    public static H2 replace(HasComponents container, String heading, Component... content) {
        return replace(container, new H2(heading), content);
    }

    /** As {@link #replace(HasComponents, String, Component...)}, with a heading of another level. */
    public static <T extends Component> T replace(HasComponents container, T heading, Component... content) {
        container.removeAll();
        container.add(heading);
        container.add(content);
        return focus(heading);
    }

    /**
     * Moves the focus to an element that is not focusable by itself (a heading, a paragraph): it becomes focusable
     * by script only ({@code tabindex=-1}, so the Tab order does not change) and is focused once the browser has
     * it on the page.
     */
    public static <T extends Component> T focus(T target) {
        target.getElement().setAttribute("tabindex", "-1");
        target.getElement().callJsFunction("focus");
        return target;
    }
}
