package se.huddinge.delaktighet.base;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Links in letters without live tokens at rest (DD13). A stored letter carries a placeholder where the token goes
 * ({@code {link:access:42}}); just before the letter is handed to SMTP every placeholder is replaced by a token
 * minted then by the link's owner ({@link LinkMint}). A link that no longer exists gets a token that opens
 * nothing, so the resident lands on the page that says the link is not valid.
 */
@Component
public class LetterLinks {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{link:([a-z-]+):(\\d+)}");

    private final Map<String, LinkMint> mints = new HashMap<>();

    public LetterLinks(List<LinkMint> mints) {
        mints.forEach(m -> this.mints.put(m.kind(), m));
    }

    /** What a letter stores where the token of link {@code id} of {@code kind} goes. */
    public static String placeholder(String kind, long id) {
        return "{link:" + kind + ":" + id + "}";
    }

    /** Whether {@code text} holds a placeholder. */
    public static boolean hasPlaceholder(String text) {
        return text != null && PLACEHOLDER.matcher(text).find();
    }

    /** A fresh token for a link (empty when it is gone). */
    public java.util.Optional<String> mint(String kind, long id) {
        LinkMint mint = mints.get(kind);
        if (mint == null) {
            throw new IllegalStateException("No link mint for kind " + kind);
        }
        return mint.mint(id);
    }

    /**
     * The texts with each placeholder replaced by a freshly minted token; one token per link, the same in every
     * text (a letter's plain and HTML parts).
     */
    public List<String> fill(String... texts) {
        var tokens = new HashMap<String, String>();
        Function<MatchResult, String> token = m -> tokens.computeIfAbsent(m.group(),
                key -> mint(m.group(1), Long.parseLong(m.group(2))).orElseGet(Tokens::newToken));
        return java.util.Arrays.stream(texts).map(text -> text == null ? null
                : PLACEHOLDER.matcher(text).replaceAll(m -> Matcher.quoteReplacement(token.apply(m)))).toList();
    }
}
