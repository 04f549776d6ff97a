package se.huddinge.delaktighet.base;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Links in letters without live tokens at rest (DD13), and only the links the portal attached (DD20). A stored
 * letter carries a marker where a token goes, {@code {link:KEY:N}}: {@code KEY} is drawn at random for that letter
 * alone and {@code N} indexes the letter's own list of links ({@link LinkRef}s, stored beside it). Just before the
 * letter is handed to SMTP each marker with the letter's key is replaced by a token minted then by the link's owner
 * ({@link LinkMint}); nothing else in the letter is touched. So text a person typed — a title, a name, an edited
 * template — arrives as typed: it cannot know the key, which is drawn after it was written and never leaves the
 * database, and even a guessed key reaches only the recipient's own links. A link that no longer exists gets a
 * token that opens nothing, so the resident lands on the page that says the link is not valid.
 */
@Component
public class LetterLinks {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{32}");

    private final Map<String, LinkMint> mints = new HashMap<>();

    public LetterLinks(List<LinkMint> mints) {
        mints.forEach(m -> this.mints.put(m.kind(), m));
    }

    /** A fresh key for one letter's markers: 128 random bits in hex. */
    public static String newKey() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** What a letter with key {@code key} stores where the token of its {@code index}-th link goes. */
    public static String marker(String key, int index) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Not a letter's link key");
        }
        return "{link:" + key + ":" + index + "}";
    }

    /** A letter's list of links as stored: {@code kind:id} separated by spaces. */
    public static String store(List<LinkRef> links) {
        return String.join(" ", links.stream().map(l -> l.kind() + ":" + l.id()).toList());
    }

    /** The list {@link #store} wrote. */
    public static List<LinkRef> read(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        return Arrays.stream(stored.split(" ")).map(s -> {
            int colon = s.lastIndexOf(':');
            return new LinkRef(s.substring(0, colon), Long.parseLong(s.substring(colon + 1)));
        }).toList();
    }

    /** A fresh token for a link (empty when it is gone). */
    public Optional<String> mint(String kind, long id) {
        LinkMint mint = mints.get(kind);
        if (mint == null) {
            throw new IllegalStateException("No link mint for kind " + kind);
        }
        return mint.mint(id);
    }

    /**
     * The texts with each marker of this letter's {@code key} replaced by a freshly minted token of the letter's own
     * link it names; one token per link, the same in every text (a letter's plain and HTML parts). A letter without
     * a key (written before DD20) or without links is returned as it is.
     */
    public List<String> fill(String key, List<LinkRef> links, String... texts) {
        if (key == null || links.isEmpty()) {
            return Arrays.asList(texts);
        }
        Pattern marker = Pattern.compile("\\{link:" + Pattern.quote(key) + ":(\\d{1,3})}");
        var tokens = new HashMap<Integer, String>();
        return Arrays.stream(texts).map(text -> text == null ? null : marker.matcher(text).replaceAll(m -> {
            int index = Integer.parseInt(m.group(1));
            if (index >= links.size()) {
                return Matcher.quoteReplacement(m.group());
            }
            LinkRef link = links.get(index);
            return Matcher.quoteReplacement(tokens.computeIfAbsent(index,
                    i -> mint(link.kind(), link.id()).orElseGet(Tokens::newToken)));
        })).toList();
    }
}
