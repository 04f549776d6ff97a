package se.huddinge.delaktighet.base;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Residents' text made safe to put where it could mislead: without bidirectional control characters (which can
 * make text read in another order than it is stored, "Trojan Source"), and, in letters to an address nobody has
 * proven yet, without anything a mail program would turn into a link (so the portal cannot be used to send
 * strangers a spammer's link in a resident's title).
 */
public final class PlainText {

    /** U+061C, U+200E/F, U+202A–U+202E, U+2066–U+2069. */
    private static final Pattern BIDI = Pattern.compile("[\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]");

    /**
     * A word a mail program may make a link of: with a scheme ({@code http://}, {@code ftp://}), starting with
     * {@code www.}, an address ({@code a@b.se}), or a domain-like name ending in a top-level domain of letters
     * ({@code evil.example}, {@code bit.ly/x}).
     */
    private static final Pattern LINK_LIKE = Pattern.compile(
            "(?iU)\\S*://\\S*|www\\.\\S*|\\S*@\\S+\\.\\S+|[\\p{L}\\p{N}_-]+(?:\\.[\\p{L}\\p{N}_-]+)*\\.\\p{L}{2,}(?:[/:?#]\\S*)?");

    private PlainText() {
    }

    /** {@code text} without bidirectional control characters (null stays null). */
    public static String withoutBidiControls(String text) {
        return text == null ? null : BIDI.matcher(text).replaceAll("");
    }

    /**
     * {@code text} as plain words that no mail program turns into a link, still readable: bidirectional controls
     * removed, and in every link-like word {@code ://} written {@code " : // "} and each dot {@code " . "}
     * ({@code "http://evil.example"} becomes {@code "http : // evil . example"}). Nothing is hidden: no invisible
     * characters are inserted (a zero-width joiner would keep the text looking like a link to a reader while
     * breaking it only for the machine, and some clients link across it).
     */
    public static String inert(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = LINK_LIKE.matcher(withoutBidiControls(text));
        return m.replaceAll(r -> Matcher.quoteReplacement(
                r.group().replace("://", " : // ").replace(".", " . ").replace("@", " @ ")));
    }
}
