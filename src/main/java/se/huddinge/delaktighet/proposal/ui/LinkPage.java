package se.huddinge.delaktighet.proposal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import java.util.function.Consumer;
import se.huddinge.delaktighet.base.ui.FormResult;
import se.huddinge.delaktighet.base.ui.NotForSearchEngines;
import se.huddinge.delaktighet.base.ui.PortalPage;
import se.huddinge.delaktighet.proposal.ProposalException;

/**
 * A page reached from an e-mailed link. The link's action waits for a click, so a mail scanner that opens the
 * link does not use it up. The action's result replaces the button, headed, and takes the focus
 * ({@link FormResult}). Its address carries the token, so search engines are kept out of every such page.
 */
@NotForSearchEngines
abstract class LinkPage extends PortalPage implements HasUrlParameter<String> {

    /** The id of the page's button: the first HTML draws it (DD49). */
    static final String ACTION = "link-action";

    protected final Div result = new Div();
    protected String token = "";

    protected LinkPage(String titleKey) {
        super(titleKey);
        result.setId("link-result");
        result.getElement().setAttribute("role", "status");
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        this.token = parameter == null ? "" : parameter;
    }

    protected Button action(String textKey, Consumer<Div> onClick) {
        var button = new Button(getTranslation(textKey));
        button.setId(ACTION);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.addClickListener(e -> {
            result.removeAll();
            result.removeClassName("attention");
            try {
                onClick.accept(result);
                button.setVisible(false);
            } catch (ProposalException ex) {
                FormResult.replace(result, getTranslation("link.failed.title"),
                        new Paragraph(getTranslation("proposal.error." + ex.reason().name())));
                result.addClassName("attention");
            }
        });
        return button;
    }

    protected Anchor link(String path, String text) {
        var a = new Anchor(path, text);
        a.getElement().setAttribute("router-link", true);
        return a;
    }
}
