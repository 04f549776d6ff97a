package se.huddinge.delaktighet.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteParameters;

/**
 * What the address of a public page names, when it may not exist (a proposal's number): asked on the page's first
 * request, before Vaadin builds the view, so that the page answers 404 ({@link MissingPages}). The view itself
 * shows "Sidan finns inte" for the same subjects. Only for views anyone may see: a staff page must not tell a
 * visitor whether a case exists.
 */
public interface PageSubject {

    /** The view whose address names the subject. */
    Class<? extends Component> view();

    /** Whether the subject named by these route parameters exists. */
    boolean exists(RouteParameters parameters);
}
