package se.huddinge.delaktighet.notification;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.huddinge.delaktighet.base.i18n.InLanguage;
import se.huddinge.delaktighet.base.i18n.PortalI18n;
import se.huddinge.delaktighet.proposal.CommentEvents.CommentDigestDue;
import se.huddinge.delaktighet.proposal.CommentEvents.CommentRemoved;
import se.huddinge.delaktighet.proposal.CommentEvents.CommentReplyShown;
import se.huddinge.delaktighet.proposal.CommentEvents.CommentRequested;
import se.huddinge.delaktighet.proposal.CommentMailing;
import se.huddinge.delaktighet.proposal.CommentRules;
import se.huddinge.delaktighet.proposal.Comments;
import se.huddinge.delaktighet.proposal.LetterFacts;
import se.huddinge.delaktighet.proposal.ProposalMailing;

/**
 * Turns the events of comments into letters (the catalogue is {@link CommentLetter}), each in the listener's
 * transaction after the change, once per event (the dedup key). A comment's words reach a letter as typed, as text:
 * the renderer prints values without evaluating them, and links come only from {@link LetterLink} (DD20).
 */
@Component
class CommentLetters {

    private final ProposalLetterWriter writer;
    private final Letters letters;
    private final ProposalMailing proposals;
    private final CommentMailing comments;
    private final CommentRules rules;

    CommentLetters(ProposalLetterWriter writer, Letters letters, ProposalMailing proposals, CommentMailing comments,
                   CommentRules rules) {
        this.writer = writer;
        this.letters = letters;
        this.proposals = proposals;
        this.comments = comments;
        this.rules = rules;
    }

    @ApplicationModuleListener
    void on(CommentRequested event) {
        var c = comments.written(event.commentId());
        write(CommentLetter.CONFIRM_EMAIL, event.proposalId(), c.email(), c.language(),
                Map.of("confirmLink", new LetterLink("kommentar/bekrafta/", event.confirmLink())),
                c.id(), event.confirmLink().id());
    }

    @ApplicationModuleListener
    void on(CommentReplyShown event) {
        var parent = comments.written(event.parentId());
        var reply = comments.written(event.replyId());
        var model = new HashMap<String, Object>();
        model.put("replyBy", writerName(reply, parent.language()));
        model.put("replyText", reply.text());
        model.put("commentText", parent.text());
        model.put("stopLink", new LetterLink("kommentar/sluta/", event.stopLink()));
        write(CommentLetter.REPLY, event.proposalId(), parent.email(), parent.language(), model, reply.id());
    }

    @ApplicationModuleListener
    void on(CommentRemoved event) {
        var c = comments.written(event.commentId());
        Locale locale = locale(c.language());
        var model = new HashMap<String, Object>();
        model.put("commentText", c.text());
        rules.ground(c.ground() == null ? "" : c.ground()).ifPresent(g -> {
            model.put("groundName", g.name(locale));
            model.put("groundExplanation", g.explanation(locale));
            model.put("groundTurnTo", g.turnTo(locale));
        });
        write(CommentLetter.REMOVED, event.proposalId(), c.email(), c.language(), model, c.id());
    }

    @ApplicationModuleListener
    void on(CommentDigestDue event) {
        LetterFacts p = proposals.letterFacts(event.proposalId());
        var shown = comments.shownBetween(event.proposalId(), event.from(), event.until());
        if (shown.isEmpty()) {
            return;
        }
        var model = new HashMap<String, Object>();
        model.put("authorName", p.authorName());
        model.put("commentCount", shown.size());
        model.put("comments", items(shown, p.language()));
        model.put("stopLink", new LetterLink("kommentar/sluta-sammanfattning/", event.stopLink()));
        letters.write(writer.request(CommentLetter.DIGEST, CommentLetter.DIGEST.dedupKey(p.id(),
                event.until().toEpochMilli()), p, p.authorEmail(), p.language(), model));
    }

    /** The new comments as the letter lists them: who and what, as typed. */
    private static List<Map<String, Object>> items(List<CommentMailing.Written> shown, String language) {
        return shown.stream().map(c -> Map.<String, Object>of("name", writerName(c, language), "text", c.text()))
                .toList();
    }

    /** How a letter names who wrote a comment, as the thread does. */
    static String writerName(CommentMailing.Written c, String language) {
        Locale l = locale(language);
        return switch (c.who()) {
            case STAFF -> InLanguage.pick(l, "Huddinge kommun, ", "Huddinge Municipality, ", "Huddingen kunta, ")
                    + c.name();
            case AUTHOR -> InLanguage.pick(l, "Förslagsställaren", "The author of the proposal", "Aloitteen tekijä");
            case RESIDENT -> c.name();
        };
    }

    private void write(CommentLetter kind, long proposalId, String recipient, String language,
                       Map<String, Object> extra, Object... keyParts) {
        if (recipient == null) {
            return;
        }
        var model = new HashMap<>(extra);
        letters.write(writer.request(kind, kind.dedupKey(keyParts), proposals.letterFacts(proposalId), recipient,
                language, model));
    }

    private static Locale locale(String language) {
        return PortalI18n.supported(Locale.forLanguageTag(language == null ? "" : language));
    }

    /** Example words for the template editor's preview and the readability test. */
    static void examples(Map<String, Object> m, Locale l) {
        m.putIfAbsent("replyBy", InLanguage.pick(l, "Huddinge kommun, Parkenheten", "Huddinge Municipality, Parks unit",
                "Huddingen kunta, puistoyksikkö"));
        m.putIfAbsent("replyText", InLanguage.pick(l, "Tack. Vi ser över bänkarna i vår.",
                "Thank you. We will look at the benches in the spring.", "Kiitos. Katsomme penkit keväällä."));
        m.putIfAbsent("commentText", InLanguage.pick(l, "Ja, fler bänkar skulle hjälpa min mamma.",
                "Yes, more benches would help my mother.", "Kyllä, lisää penkkejä auttaisi äitiäni."));
        m.putIfAbsent("commentCount", 2);
        m.putIfAbsent("comments", List.of(
                Map.of("name", "Gun", "text", InLanguage.pick(l, "Bra idé.", "Good idea.", "Hyvä idea.")),
                Map.of("name", "Hans", "text", InLanguage.pick(l, "Jag håller med.", "I agree.", "Olen samaa mieltä."))));
        m.putIfAbsent("groundName", InLanguage.pick(l, "Kränkande eller olagligt", "Offensive or illegal",
                "Loukkaava tai laiton"));
        m.putIfAbsent("groundExplanation", InLanguage.pick(l, "Kommentaren innehöll något som kränker andra.",
                "The comment had something in it that offends others.", "Kommentissa oli jotain, mikä loukkaa muita."));
        m.putIfAbsent("groundTurnTo", InLanguage.pick(l, "Du får gärna skriva en ny kommentar.",
                "You are welcome to write a new comment.", "Voit kirjoittaa uuden kommentin."));
    }
}
