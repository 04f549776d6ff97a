package se.huddinge.delaktighet.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlRequestListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import org.springframework.stereotype.Component;

/**
 * Puts the request's Content-Security-Policy nonce ({@link SecurityHeaders}) on every script of Vaadin's page, so
 * Vaadin's own inline scripts run and any other inline script is refused by the browser.
 */
@Component
class CspNonce implements VaadinServiceInitListener, IndexHtmlRequestListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this);
    }

    @Override
    public void modifyIndexHtmlResponse(IndexHtmlResponse response) {
        Object nonce = response.getVaadinRequest().getAttribute(SecurityHeaders.NONCE_ATTRIBUTE);
        if (nonce != null) {
            response.getDocument().select("script").attr("nonce", nonce.toString());
        }
    }
}
