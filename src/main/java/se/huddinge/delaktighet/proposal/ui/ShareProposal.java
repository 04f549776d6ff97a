package se.huddinge.delaktighet.proposal.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * "Dela förslaget": the phone's own share sheet where the browser offers one (the Web Share API), "Kopiera länk"
 * otherwise, and a letter to write with the title and the address ({@code mailto:}). Both buttons act in the
 * browser, within the click, as the share sheet and the clipboard demand: the script is attached to them when the
 * section is shown (no file of ours, no other site's script). The copy's outcome is said in a status region, so a
 * screen reader reads it.
 */
class ShareProposal extends Div {

    private static final String SCRIPT = """
            const [share, copy] = this.querySelectorAll('vaadin-button');
            const status = this.querySelector('.share-status');
            if (navigator.share) {
              share.removeAttribute('hidden');
              copy.setAttribute('hidden', '');
            }
            share.addEventListener('click', () => navigator.share({title: $1, url: $0}).catch(() => {}));
            copy.addEventListener('click', async () => {
              status.textContent = '';
              try {
                await navigator.clipboard.writeText($0);
              } catch (e) {
                const field = document.createElement('textarea');
                field.value = $0;
                field.setAttribute('readonly', '');
                field.style.position = 'fixed';
                field.style.opacity = '0';
                document.body.appendChild(field);
                field.select();
                const copied = document.execCommand('copy');
                field.remove();
                copy.focus();
                if (!copied) {
                  status.textContent = $3;
                  return;
                }
              }
              status.textContent = $2;
            });""";

    private final String title;
    private final String address;

    ShareProposal(String title, String address) {
        this.title = title;
        this.address = address;
        addClassName("share");
        setId("share");
        var share = new Button(getTranslation("share.button"));
        share.setId("share-native");
        // an attribute, not setVisible: the script shows the button where the browser has a share sheet
        share.getElement().setAttribute("hidden", true);
        var copy = new Button(getTranslation("share.copy"));
        copy.setId("share-copy");
        var mail = new Anchor(mailto(title, address), getTranslation("share.email"));
        mail.setId("share-email");
        mail.addClassName("share-email");
        var status = new Div();
        status.addClassName("share-status");
        status.getElement().setAttribute("role", "status");
        var actions = new Div(share, copy, mail);
        actions.addClassName("share-actions");
        add(new H2(getTranslation("share.title")), actions, status);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        getElement().executeJs(SCRIPT, address, title, getTranslation("share.copied"),
                getTranslation("share.copyFailed", address));
    }

    /** A letter with the title as subject and the title and address as text (RFC 6068: %20, not +). */
    static String mailto(String title, String address) {
        return "mailto:?subject=" + encode(title) + "&body=" + encode(title + "\n\n" + address);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
