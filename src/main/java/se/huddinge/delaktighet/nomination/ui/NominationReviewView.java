package se.huddinge.delaktighet.nomination.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import se.huddinge.delaktighet.base.form.InvalidInput;
import se.huddinge.delaktighet.base.ui.FieldErrors;
import se.huddinge.delaktighet.base.ui.FormResult;
import se.huddinge.delaktighet.base.ui.PortalPage;
import se.huddinge.delaktighet.nomination.PrizeReview;
import se.huddinge.delaktighet.nomination.ScoreFormField;
import se.huddinge.delaktighet.security.SignedIn;
import se.huddinge.delaktighet.security.StaffRole;

/**
 * One nomination on one page, with next and previous, so a member can score forty in a sitting: the nomination as
 * sent (the nominator and the contact details only for staff who read residents' personal data, not the committee),
 * the scoring form or the conflict of interest, and the others' scores once one's own are in.
 */
@Route("granskning/pris/nominering")
@RolesAllowed({StaffRole.OFFICER_ROLE, StaffRole.COMMITTEE_ROLE, StaffRole.ADMIN_ROLE})
class NominationReviewView extends PortalPage implements HasUrlParameter<Long> {

    private final PrizeReview review;
    private final SignedIn signedIn;
    private final Div content = new Div();
    private long nominationId;

    NominationReviewView(PrizeReview review, SignedIn signedIn) {
        super("review.nomination.title");
        this.review = review;
        this.signedIn = signedIn;
        add(content);
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        nominationId = id;
        render();
    }

    private void render() {
        content.removeAll();
        var d = review.detail(nominationId);
        var n = d.nomination();
        boolean english = PrizeTexts.english(getLocale());
        var heading = new H2(n.reference() + " " + n.nomineeName());
        heading.setId("nomination-heading");
        content.add(heading, pager(d));
        content.add(fact("review.nomination.kind", getTranslation("prize.kind." + n.kind().name())),
                fact("review.nomination.tie", n.tie()),
                fact("review.nomination.knows", getTranslation(n.nomineeKnows() ? "prize.yes" : "prize.no")));
        for (var c : d.round().criteria()) {
            content.add(new H3(c.title(english)), new Paragraph(n.motivation(c.id())));
        }
        if (signedIn.readsResidentAddresses()) {
            var c = review.contacts(nominationId);
            var o = review.origin(nominationId);
            // the language the nominator's letters are in, so an officer who calls or writes uses it too (DD42)
            var language = fact("review.nomination.language", getTranslation("case.language." + o.language()));
            language.setId("nomination-language");
            var channel = fact("review.nomination.channel", getTranslation("assisted.channel." + o.channel().name())
                    + (o.registeredBy() == null ? "" : " · " + getTranslation("review.nomination.registeredBy",
                    o.registeredBy(), o.identifiedBy() == null ? "–" : o.identifiedBy())));
            channel.setId("nomination-channel");
            content.add(new H3(getTranslation("review.nomination.contacts")), language, channel,
                    fact("review.nomination.nominator", c.nominatorName() + ", " + c.nominatorEmail()
                            + (c.nominatorPhone() == null ? "" : ", " + c.nominatorPhone())),
                    fact("review.nomination.nomineeContact", c.nomineeContact() == null ? "–" : c.nomineeContact()));
        }
        if (signedIn.is(StaffRole.COMMITTEE)) {
            content.add(mine(d));
        }
        content.add(others(d));
    }

    private Nav pager(PrizeReview.Detail d) {
        var list = new UnorderedList();
        list.addClassName("pager");
        list.add(new ListItem(PrizeTexts.link("granskning/pris/" + d.round().id(), getTranslation("review.nomination.all"))));
        if (d.previous() != null) {
            list.add(new ListItem(PrizeTexts.link("granskning/pris/nominering/" + d.previous(),
                    getTranslation("review.nomination.previous"))));
        }
        if (d.next() != null) {
            var next = PrizeTexts.link("granskning/pris/nominering/" + d.next(), getTranslation("review.nomination.next"));
            next.setId("next-nomination");
            list.add(new ListItem(next));
        }
        var nav = new Nav(list);
        nav.getElement().setAttribute("aria-label", getTranslation("review.nomination.pager"));
        return nav;
    }

    private Paragraph fact(String key, String value) {
        return new Paragraph(getTranslation(key) + ": " + value);
    }

    private Div mine(PrizeReview.Detail d) {
        var box = new Div(new H3(getTranslation("review.nomination.myScore")));
        box.setId("my-review");
        if (d.mine().filter(PrizeReview.MemberReview::recused).isPresent()) {
            box.add(new Paragraph(getTranslation("review.nomination.recusedText")));
            return box;
        }
        var fields = new LinkedHashMap<Long, RadioButtonGroup<Integer>>();
        boolean english = PrizeTexts.english(getLocale());
        for (var c : d.round().criteria()) {
            var group = new RadioButtonGroup<Integer>(c.title(english));
            group.setItems(1, 2, 3, 4, 5);
            group.setHelperText(getTranslation("review.nomination.scale"));
            d.mine().map(r -> r.score(c.id())).ifPresent(group::setValue);
            fields.put(c.id(), group);
            box.add(group);
        }
        var comment = new TextArea(getTranslation("review.nomination.comment"));
        comment.setWidthFull();
        d.mine().map(PrizeReview.MemberReview::comment).ifPresent(comment::setValue);
        // a problem with the nomination itself (recused meanwhile, review closed) is not a field's: a notification
        var errors = FieldErrors.of(this, ScoreFormField.class).atEach(ScoreFormField.SCORE, fields)
                .at(ScoreFormField.COMMENT, comment)
                .elsewhere(ScoreFormField.NOMINATION, m -> {
                    if (!m.isEmpty()) {
                        Notification.show(m);
                    }
                }).complete();
        var save = new Button(getTranslation("review.nomination.save"), e -> {
            errors.clear();
            var scores = new LinkedHashMap<Long, Integer>();
            fields.forEach((id, f) -> scores.put(id, f.getValue()));
            try {
                review.score(nominationId, scores, comment.getValue());
                render();
                focusHeading();
            } catch (InvalidInput ex) {
                errors.show(ex);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var recuse = new Button(getTranslation("review.nomination.recuse"), e -> {
            review.recuse(nominationId);
            render();
            focusHeading();
        });
        recuse.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        box.add(comment, save, new Paragraph(getTranslation("review.nomination.recuseHelp")), recuse);
        return box;
    }

    /** The page was drawn anew after the member's step: the focus goes to its heading, not to the top. */
    private void focusHeading() {
        content.getChildren().findFirst().ifPresent(FormResult::focus);
    }

    private Div others(PrizeReview.Detail d) {
        var box = new Div(new H3(getTranslation("review.nomination.others")));
        box.setId("others");
        if (!d.othersVisible()) {
            boolean recused = d.mine().filter(PrizeReview.MemberReview::recused).isPresent();
            box.add(new Paragraph(getTranslation(recused ? "review.nomination.othersRecused"
                    : "review.nomination.othersHidden")));
            return box;
        }
        if (d.others().isEmpty()) {
            box.add(new Paragraph(getTranslation("review.nomination.noOthers")));
            return box;
        }
        boolean english = PrizeTexts.english(getLocale());
        var list = new UnorderedList();
        for (var r : d.others()) {
            String text = r.recused() ? getTranslation("review.nomination.otherRecused", r.member())
                    : r.member() + ": " + String.join(", ", scores(d, r, english))
                    + (r.comment() == null ? "" : " – " + r.comment());
            list.add(new ListItem(text));
        }
        box.add(list);
        return box;
    }

    private List<String> scores(PrizeReview.Detail d, PrizeReview.MemberReview r, boolean english) {
        return d.round().criteria().stream().map(c -> c.title(english) + " " + r.score(c.id())).toList();
    }
}
