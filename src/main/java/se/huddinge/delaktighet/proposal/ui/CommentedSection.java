package se.huddinge.delaktighet.proposal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import se.huddinge.delaktighet.base.i18n.Dates;
import se.huddinge.delaktighet.base.ui.FormResult;
import se.huddinge.delaktighet.proposal.CommentRules;
import se.huddinge.delaktighet.proposal.MyComments;
import se.huddinge.delaktighet.proposal.VerifiedAddress;

/**
 * "Mina inskick": the comments the proven address wrote (DD28) — the proposal, the start of the text as typed, the
 * date and where it stands — each with a button to stop the letters about replies it asked for, and the author's daily
 * letters of new comments with a button to stop each. After a stop the section is shown anew and says what stopped.
 */
class CommentedSection extends Div {

    private final MyComments mine;
    private final CommentRules rules;
    private final VerifiedAddress visit;

    CommentedSection(MyComments mine, CommentRules rules, VerifiedAddress visit) {
        this.mine = mine;
        this.rules = rules;
        this.visit = visit;
        setId("commented");
        addClassName("my-submissions");
        show(null);
    }

    /** The section; {@code done}, when given, says what just stopped and takes the focus. */
    private void show(String done) {
        removeAll();
        add(new H2(getTranslation("comments.mine.heading")));
        if (done != null) {
            var stopped = new Paragraph(done);
            stopped.setId("commented-stopped");
            add(stopped);
            FormResult.focus(stopped);
        }
        var written = mine.written(visit);
        if (written.isEmpty()) {
            add(new Paragraph(getTranslation("comments.mine.none")));
        } else {
            var list = new UnorderedList();
            written.forEach(c -> list.add(item(c)));
            add(list);
        }
        var digests = mine.digests(visit);
        if (!digests.isEmpty()) {
            add(new H3(getTranslation("comments.mine.digestHeading")));
            var list = new UnorderedList();
            for (var d : digests) {
                var stop = stopButton("comments.mine.stopDigest", "comments.mine.stopDigestLabel", d.title(), () -> {
                    mine.stopDigest(visit, d.reference());
                    show(getTranslation("stopComments.digest", d.title()));
                });
                list.add(new ListItem(title(d.reference(), d.title()), stop));
            }
            add(list);
        }
    }

    private ListItem item(MyComments.Written c) {
        var excerpt = new Paragraph(c.excerpt());
        excerpt.addClassName("my-excerpt");
        excerpt.getElement().setAttribute("dir", "auto");
        var state = new Paragraph(c.reference() + " · " + date(c.date()) + " · " + status(c));
        state.addClassName("my-state");
        var item = new ListItem(title(c.reference(), c.title()), excerpt, state);
        if (c.replyLetters()) {
            item.add(stopButton("comments.mine.stopReplies", "comments.mine.stopRepliesLabel", c.title(), () -> {
                mine.stopReplyLetters(visit, c.id());
                show(getTranslation("stopComments.replies", c.title()));
            }));
        }
        return item;
    }

    private String status(MyComments.Written c) {
        String key = "comments.mine.status." + c.status().name();
        return switch (c.status()) {
            case REMOVED -> getTranslation(key, rules.ground(c.ground() == null ? "" : c.ground())
                    .map(g -> g.name(getLocale())).orElse(c.ground()));
            default -> getTranslation(key);
        };
    }

    private Anchor title(String reference, String title) {
        var link = new Anchor("forslag/" + reference + "#comments", title);
        link.getElement().setAttribute("router-link", true);
        link.addClassName("my-title");
        return link;
    }

    private Button stopButton(String textKey, String labelKey, String title, Runnable stop) {
        var button = new Button(getTranslation(textKey), e -> stop.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.getElement().setAttribute("aria-label", getTranslation(labelKey, title));
        return button;
    }

    private String date(LocalDate date) {
        return Dates.longDate(date, getLocale());
    }
}
