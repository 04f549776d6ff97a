package se.huddinge.delaktighet.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.stereotype.Component;

/**
 * Vaadin keeps each UI's last answer (the JSON of its last UIDL response) for as long as the session lives, to
 * send it again when the browser repeats its last message because the answer was lost. Java stores a string with
 * one byte per character only while every character is Latin-1: the "–" of every page title made the whole copy
 * (17,000 characters on the start page) two bytes per character. After each UIDL request the copy is replaced by the
 * same JSON with every character above U+00FF written as a {@code \\uXXXX} escape, which the browser's JSON parser
 * reads back as the same text: the same answer in half the memory (README, "Load", P2).
 */
@Component
class CompactResendCopy implements VaadinServiceInitListener, VaadinRequestInterceptor {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addVaadinRequestInterceptor(this);
    }

    @Override
    public void requestStart(VaadinRequest request, VaadinResponse response) {
        // nothing before the request
    }

    @Override
    public void handleException(VaadinRequest request, VaadinResponse response, VaadinSession session,
                                Exception exception) {
        // the copy, if any, is compacted at the request's end
    }

    @Override
    public void requestEnd(VaadinRequest request, VaadinResponse response, VaadinSession session) {
        if (session == null || !HandlerHelper.isRequestType(request, HandlerHelper.RequestType.UIDL)) {
            return;
        }
        session.lock();
        try {
            for (UI ui : session.getUIs()) {
                String last = ui.getInternals().getLastRequestResponse();
                String compact = latin1(last);
                if (compact != last) {
                    ui.getInternals().setLastRequestResponse(compact);
                }
            }
        } finally {
            session.unlock();
        }
    }

    /**
     * The same JSON with every character above U+00FF escaped; the same instance when there is none. Outside
     * strings JSON has only ASCII, so every such character is inside a string, where {@code \\uXXXX} means it.
     */
    static String latin1(String json) {
        if (json == null) {
            return null;
        }
        int first = 0;
        while (first < json.length() && json.charAt(first) <= 0xFF) {
            first++;
        }
        if (first == json.length()) {
            return json;
        }
        var out = new StringBuilder(json.length() + 64).append(json, 0, first);
        for (int i = first; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c <= 0xFF) {
                out.append(c);
            } else {
                out.append("\\u").append(Character.forDigit(c >> 12, 16)).append(Character.forDigit(c >> 8 & 0xF, 16))
                        .append(Character.forDigit(c >> 4 & 0xF, 16)).append(Character.forDigit(c & 0xF, 16));
            }
        }
        return out.toString();
    }
}
