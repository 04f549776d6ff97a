package se.huddinge.delaktighet.proposal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import se.huddinge.delaktighet.proposal.ProposalFollows;
import se.huddinge.delaktighet.proposal.VerifiedAddress;

/** "Mina inskick": the proposals the proven address follows (DD29), each with a button to stop following it. */
class FollowedSection extends Div {

    private final ProposalFollows follows;
    private final VerifiedAddress visit;

    FollowedSection(ProposalFollows follows, VerifiedAddress visit) {
        this.follows = follows;
        this.visit = visit;
        setId("followed");
        addClassName("my-submissions");
        show();
    }

    private void show() {
        removeAll();
        add(new H2(getTranslation("follow.mine.heading")));
        var followed = follows.following(visit);
        if (followed.isEmpty()) {
            add(new Paragraph(getTranslation("follow.mine.none")));
            return;
        }
        var list = new UnorderedList();
        for (var f : followed) {
            var title = new Anchor("forslag/" + f.reference(), f.title());
            title.getElement().setAttribute("router-link", true);
            title.addClassName("my-title");
            var state = new Paragraph(f.reference() + " · " + getTranslation("proposal.status." + f.status().name()));
            state.addClassName("my-state");
            var stop = new Button(getTranslation("follow.mine.stop"), e -> {
                follows.stop(visit, f.reference());
                Notification.show(getTranslation("follow.mine.stopped", f.title()));
                show();
            });
            stop.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            stop.getElement().setAttribute("aria-label", getTranslation("follow.mine.stopLabel", f.title()));
            list.add(new ListItem(title, state, stop));
        }
        add(list);
    }
}
