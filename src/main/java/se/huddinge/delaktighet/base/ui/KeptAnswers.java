package se.huddinge.delaktighet.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.UIInternals;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.UidlRequestHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.springframework.stereotype.Component;

/**
 * Vaadin keeps each UI's last answer (the JSON of its last UIDL response, 10–17 KB after a page was built) for the
 * session's whole life, to send it again when the browser repeats its last message because the answer was lost. It
 * was the largest single thing an idle visitor's session held. Here Vaadin's own UIDL handler runs with one change:
 * between two requests of a UI the copy is kept deflated (about a quarter of its size, one byte per character); at the
 * UI's next UIDL request, under the session lock and before Vaadin looks at it, it is inflated back, so a repeated
 * message gets exactly the answer it would have got. Handlers added at start-up are asked before Vaadin's own, so
 * this one answers every UIDL request (docs/benchmarks.md, "Load", P2).
 */
@Component
class KeptAnswers implements VaadinServiceInitListener {

    /** Shorter answers (a click's) are kept as they are: deflating them saves little. */
    static final int SMALLEST = 1024;
    /** Marks a deflated copy; JSON never starts with it. */
    private static final char DEFLATED = '\u0000';

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addRequestHandler(new Handler());
    }

    static final class Handler extends UidlRequestHandler {

        @Override
        public Optional<ResponseWriter> synchronizedHandleRequest(VaadinSession session, VaadinRequest request,
                                                                  VaadinResponse response, String requestBody)
                throws IOException {
            UI ui = session.getService().findUI(request);
            if (ui == null) {
                return super.synchronizedHandleRequest(session, request, response, requestBody);
            }
            UIInternals internals = ui.getInternals();
            internals.setLastRequestResponse(expand(internals.getLastRequestResponse()));
            try {
                return super.synchronizedHandleRequest(session, request, response, requestBody);
            } finally {
                internals.setLastRequestResponse(compact(internals.getLastRequestResponse()));
            }
        }
    }

    /** The answer deflated into a Latin-1 string (one byte per character) behind a mark; short ones as they are. */
    static String compact(String answer) {
        if (answer == null || answer.length() < SMALLEST || answer.charAt(0) == DEFLATED) {
            return answer;
        }
        var deflater = new Deflater(Deflater.BEST_SPEED, true);
        try {
            var bytes = new ByteArrayOutputStream(answer.length() / 3);
            try (var out = new DeflaterOutputStream(bytes, deflater)) {
                out.write(answer.getBytes(StandardCharsets.UTF_8));
            }
            return DEFLATED + bytes.toString(StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deflater.end();
        }
    }

    /** The answer as Vaadin wrote it. */
    static String expand(String kept) {
        if (kept == null || kept.isEmpty() || kept.charAt(0) != DEFLATED) {
            return kept;
        }
        var inflater = new Inflater(true);
        try (var in = new InflaterInputStream(
                new java.io.ByteArrayInputStream(kept.substring(1).getBytes(StandardCharsets.ISO_8859_1)), inflater)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            inflater.end();
        }
    }
}
