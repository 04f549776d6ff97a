package se.huddinge.delaktighet.security;

import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;

/**
 * A field that people never see nor reach and robots fill in. Kept off the screen by the stylesheet (not
 * {@code display: none}, which robots skip), hidden from screen readers ({@code aria-hidden}), out of the tab order
 * ({@code tabindex=-1}) and the browser's autofill ({@code autocomplete=off}); a plain {@code <input>} with a label,
 * so it adds no accessibility problem. {@link FloodGuard#check} treats a send with it filled in as a robot's.
 */
@Tag("div")
public class Honeypot extends Div {

    private final Element input = new Element("input");

    public Honeypot(String id) {
        addClassName("portal-hp");
        getElement().setAttribute("aria-hidden", "true");
        var label = new Element("label");
        label.setAttribute("for", id);
        label.setText(getTranslation("honeypot.label"));
        input.setAttribute("id", id);
        input.setAttribute("name", "website");
        input.setAttribute("type", "text");
        input.setAttribute("tabindex", "-1");
        input.setAttribute("autocomplete", "off");
        // synchronised from the browser when it changes
        input.addPropertyChangeListener("value", "change", e -> { });
        getElement().appendChild(label, input);
    }

    /** Whether something was typed into the hidden field. */
    public boolean filled() {
        return !input.getProperty("value", "").isBlank();
    }
}
