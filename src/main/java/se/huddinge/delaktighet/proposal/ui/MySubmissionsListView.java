package se.huddinge.delaktighet.proposal.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.huddinge.delaktighet.base.i18n.Dates;
import se.huddinge.delaktighet.base.ui.FormResult;
import se.huddinge.delaktighet.proposal.CommentRules;
import se.huddinge.delaktighet.proposal.MyComments;
import se.huddinge.delaktighet.proposal.MySubmissions;
import se.huddinge.delaktighet.proposal.MySubmissionsService;
import se.huddinge.delaktighet.proposal.ProposalException;
import se.huddinge.delaktighet.proposal.ProposalRules;
import se.huddinge.delaktighet.proposal.VerifiedAddress;
import se.huddinge.delaktighet.base.ui.NotForSearchEngines;

/**
 * The resident's own list, reached from the link in the letter ({@code mina-inskick/lista/TOKEN}). The link is used
 * when the visitor clicks, not when the page opens, so a mail scanner does not use it up. Once used, the proven
 * address is kept in the session: reloading, or coming back during the visit ({@code mina-inskick/lista}), shows the
 * list again, and nobody else's.
 */
@Route("mina-inskick/lista")
@AnonymousAllowed
@NotForSearchEngines
class MySubmissionsListView extends LinkPage {

    static final String PATH = "mina-inskick/lista";

    private final MySubmissionsService service;
    private final ProposalRules rules;
    private final Div content = new Div();
    /** The visitor just clicked: the button is gone, so focus goes to what replaced it. */
    private boolean clicked;

    private final se.huddinge.delaktighet.proposal.ProposalFollows follows;
    private final MyComments comments;
    private final CommentRules commentRules;

    MySubmissionsListView(MySubmissionsService service, ProposalRules rules,
                          se.huddinge.delaktighet.proposal.ProposalFollows follows, MyComments comments,
                          CommentRules commentRules) {
        super("mine.list.title");
        this.follows = follows;
        this.comments = comments;
        this.commentRules = commentRules;
        this.service = service;
        this.rules = rules;
        add(content);
    }

    /** The address proven during this visit, if any. */
    static Optional<VerifiedAddress> visit() {
        return Optional.ofNullable(VaadinSession.getCurrent()).map(s -> s.getAttribute(VerifiedAddress.class));
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String parameter) {
        super.setParameter(event, parameter);
        content.removeAll();
        result.removeAll();
        var visit = visit().orElse(null);
        if (visit != null && (token.isEmpty() || visit.provenBy(token))) {
            showList(visit);
        } else if (token.isEmpty()) {
            content.add(new Paragraph(getTranslation("mine.list.noVisit")), requestNew());
        } else {
            service.problem(token).ifPresentOrElse(this::showProblem, () -> content.add(
                    new Paragraph(getTranslation("mine.list.intro")),
                    action("mine.list.button", out -> open()), result));
        }
    }

    private void open() {
        try {
            VaadinSession.getCurrent().setAttribute(VerifiedAddress.class, service.open(token));
        } catch (ProposalException e) {
            content.removeAll();
            showProblem(e.reason());
            FormResult.focus(content.getComponentAt(0));
            return;
        }
        clicked = true;
        // the list without the token in the address: reloading and the back button show it from the session
        UI.getCurrent().navigate(PATH);
    }

    private void showProblem(ProposalException.Reason reason) {
        var problem = new Paragraph(getTranslation("mine.list." + reason.name()));
        problem.addClassName("attention");
        problem.setId("my-submissions-problem");
        content.add(problem, requestNew());
    }

    private Paragraph requestNew() {
        return new Paragraph(link("mina-inskick", getTranslation("mine.list.requestNew")));
    }

    private void showList(VerifiedAddress visit) {
        MySubmissions mine = service.list(visit);
        var address = new Paragraph(getTranslation("mine.list.address", mine.email()));
        address.setId("my-submissions-address");
        content.add(address);
        if (clicked) {
            clicked = false;
            FormResult.focus(address);
        }
        content.add(section("submitted", "mine.list.submitted", "mine.list.noneSubmitted", mine.submitted()));
        content.add(section("supported", "mine.list.supported", "mine.list.noneSupported", mine.supported()));
        service.others(visit, getLocale()).forEach(other -> content.add(otherSection(other)));
        content.add(new FollowedSection(follows, visit));
        content.add(new CommentedSection(comments, commentRules, visit));
        var end = new Button(getTranslation("mine.list.end"), e -> {
            VaadinSession.getCurrent().setAttribute(VerifiedAddress.class, null);
            UI.getCurrent().navigate("mina-inskick");
        });
        end.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        content.add(new Paragraph(getTranslation("mine.list.endHelp")), end);
    }

    private Div section(String id, String titleKey, String emptyKey, List<MySubmissions.Item> items) {
        var section = new Div(new H2(getTranslation(titleKey)));
        section.setId(id);
        section.addClassName("my-submissions");
        if (items.isEmpty()) {
            section.add(new Paragraph(getTranslation(emptyKey)));
            return section;
        }
        var list = new UnorderedList();
        for (var item : items) {
            var title = item.reference() == null ? new Span(item.title())
                    : link("forslag/" + item.reference(), item.title());
            title.addClassName("my-title");
            var state = new Paragraph((item.reference() == null ? "" : item.reference() + " · ") + nextStep(item));
            state.addClassName("my-state");
            list.add(new ListItem(title, state));
        }
        section.add(list);
        return section;
    }

    /** Another feature's part of the list (the prize's nominations), given in words by that feature. */
    private Div otherSection(se.huddinge.delaktighet.proposal.OtherSubmissions.Section other) {
        var section = new Div(new H2(other.heading()));
        section.setId(other.id());
        section.addClassName("my-submissions");
        if (other.lines().isEmpty()) {
            section.add(new Paragraph(other.empty()));
            return section;
        }
        var list = new UnorderedList();
        for (var line : other.lines()) {
            var title = new Span(line.title());
            title.addClassName("my-title");
            var state = new Paragraph(line.state());
            state.addClassName("my-state");
            list.add(new ListItem(title, state));
        }
        section.add(list);
        return section;
    }

    /** The state in words, with the next step and its date: "Granskas – beslut om publicering senast …". */
    private String nextStep(MySubmissions.Item item) {
        String key = "mine.next." + item.status().name();
        String date = date(item.date());
        var locale = getLocale();
        return switch (item.status()) {
            case SUBMITTED -> item.lapsed() ? getTranslation(key + ".lapsed") : getTranslation(key, date);
            case PUBLISHED, CLOSED_BELOW_THRESHOLD ->
                    getTranslation(key, date, item.supportCount(), rules.supportThreshold());
            case NOT_PUBLISHED -> getTranslation(key, date,
                    rules.ground(item.ground() == null ? "" : item.ground()).map(g -> g.name(locale)).orElse(""));
            case REFERRED -> getTranslation(key, date,
                    rules.committee(item.committee()).map(c -> c.name(locale)).orElse(item.committee()));
            case DECIDED -> getTranslation(key, date, getTranslation("proposal.decision." + item.decision().name()));
            default -> getTranslation(key, date);
        };
    }

    private String date(LocalDate date) {
        return date == null ? "" : Dates.longDate(date, getLocale());
    }
}
