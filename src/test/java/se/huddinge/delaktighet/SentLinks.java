package se.huddinge.delaktighet;

import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
import se.huddinge.delaktighet.base.LetterLinks;
import se.huddinge.delaktighet.base.LinkRef;

/**
 * A link's token as a resident would find it in their letter, for tests that do not read the mailbox: minted the
 * way the letter mints it when it leaves (DD13). The letter's own mint keeps this one working (a link's two latest
 * tokens work). Every application context of the test JVM registers itself; they share one database.
 */
public final class SentLinks {

    private static final Deque<LetterLinks> LIVE = new ConcurrentLinkedDeque<>();

    private SentLinks() {
    }

    public static String token(LinkRef link) {
        LetterLinks links = LIVE.peekLast();
        if (links == null) {
            throw new IllegalStateException("No application context is running");
        }
        return links.mint(link.kind(), link.id()).orElseThrow();
    }

    /** The bean that registers a context's {@link LetterLinks} while the context runs. */
    public static final class Registration implements AutoCloseable {

        private final LetterLinks links;

        public Registration(LetterLinks links) {
            this.links = links;
            LIVE.add(links);
        }

        @Override
        public void close() {
            LIVE.remove(links);
        }
    }
}
