package se.huddinge.delaktighet.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** A page that fails, only in tests: to see what a visitor sees when something unexpected breaks. */
@Route("test/trasig")
@AnonymousAllowed
class BrokenView extends Div {

    BrokenView() {
        throw new IllegalStateException("broken on purpose");
    }
}
