package se.huddinge.delaktighet.review.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameterRegex;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import se.huddinge.delaktighet.base.ui.FormResult;
import se.huddinge.delaktighet.base.ui.PortalPage;
import se.huddinge.delaktighet.notification.Letters;
import se.huddinge.delaktighet.proposal.CaseFile;
import se.huddinge.delaktighet.proposal.ProposalCaseService;
import se.huddinge.delaktighet.proposal.ProposalException;
import se.huddinge.delaktighet.proposal.ProposalRules;
import se.huddinge.delaktighet.proposal.ProposalStatus;
import se.huddinge.delaktighet.proposal.ProposalTakeUps;
import se.huddinge.delaktighet.security.SignedIn;
import se.huddinge.delaktighet.security.StaffRole;

/**
 * One proposal as staff see it: the submitter, the text, the next step's form ({@link ModerationForm},
 * {@link ReferralForm}, {@link DecisionForm}), the {@link AuditGrid} with who did what, and the {@link LetterLog} of
 * every letter sent about it.
 */
@Route("granskning/forslag/:id(" + RouteParameterRegex.LONG + ")")
@RolesAllowed({StaffRole.OFFICER_ROLE, StaffRole.COMMITTEE_ROLE, StaffRole.ADMIN_ROLE})
class CaseView extends Section implements BeforeEnterObserver, HasDynamicTitle, StepForm.Outcome {

    private final ProposalCaseService cases;
    private final ProposalRules rules;
    private final Letters letters;
    private final Clock clock;
    private final SignedIn signedIn;
    private final boolean mayAct;
    private final ProposalTakeUps takeUps;
    private se.huddinge.delaktighet.proposal.ProposalImplementations implementations;
    /** Committee members and officers record that a politician took up a proposal below the threshold. */
    private final boolean mayRecordTakeUp;
    private long id;
    private String title = "";
    private LetterLog log;

    CaseView(ProposalCaseService cases, ProposalRules rules, Letters letters, Clock clock, SignedIn signedIn,
             ProposalTakeUps takeUps) {
        this.takeUps = takeUps;
        this.signedIn = signedIn;
        this.mayRecordTakeUp = signedIn.isAny(StaffRole.OFFICER, StaffRole.COMMITTEE);
        this.cases = cases;
        this.rules = rules;
        this.letters = letters;
        this.clock = clock;
        this.mayAct = signedIn.actsOnCases();
        addClassName("portal-page");
    }

    @org.springframework.beans.factory.annotation.Autowired
    void setImplementations(se.huddinge.delaktighet.proposal.ProposalImplementations implementations) {
        this.implementations = implementations;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // the route takes a number only: any other address matches no route and is not found (404, MissingPages)
        id = event.getRouteParameters().getLong("id").orElseThrow();
        try {
            render(cases.get(id));
        } catch (ProposalException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    /** A step was taken: the page shows the new state, the focus goes to it, the log watches for its letters. */
    @Override
    public void done(CaseFile after) {
        render(after);
        getChildren().filter(c -> c.getId().orElse("").equals("case-status")).findFirst()
                .ifPresent(FormResult::focus);
        log.showNewLettersWhenWritten();
    }

    /** Someone else took a step first: show the case as it is now. */
    @Override
    public void overtaken() {
        render(cases.get(id));
    }

    private void render(CaseFile p) {
        removeAll();
        title = p.title();
        var locale = getLocale();
        add(new H1(p.title()));
        var status = new Paragraph(getTranslation("proposal.status." + p.status().name()) + " · "
                + (p.reference() == null ? "–" : p.reference()));
        status.setId("case-status");
        status.addClassName("status-line");
        add(status);
        // the author's address only to those who may write to them (docs/design.md, "Always": what a step needs)
        add(new Paragraph(signedIn.readsResidentAddresses()
                ? getTranslation("case.author", p.authorName(), cases.authorAddress(p.id()))
                : getTranslation("case.authorName", p.authorName())));
        // the language the author's letters are in, so an officer who calls or writes uses it too (DD38)
        var language = new Paragraph(getTranslation("case.language", getTranslation("case.language." + p.language())));
        language.setId("case-language");
        add(language);
        add(new Paragraph(getTranslation("proposal.facts", p.district(),
                rules.category(p.category()).map(c -> c.name(locale)).orElse(p.category()))));
        add(new Paragraph(getTranslation("proposal.supportCount", p.supportCount(), rules.supportThreshold())));
        var text = new Div();
        text.addClassName("proposal-text");
        for (String paragraph : p.text().split("\\R\\s*\\R")) {
            text.add(new Paragraph(paragraph));
        }
        add(new H2(getTranslation("proposal.textHeading")), text);

        if (mayAct) {
            switch (p.status()) {
                case IN_MODERATION -> add(new ModerationForm(p, cases, rules, this));
                case THRESHOLD_REACHED -> add(new ReferralForm(p, cases, rules, this));
                case REFERRED -> add(new DecisionForm(p, cases, rules, this));
                default -> { }
            }
        }
        if (mayRecordTakeUp && p.status() == ProposalStatus.CLOSED_BELOW_THRESHOLD) {
            add(new TakeUpForm(p, takeUps, this));
        }
        if (implementations.applies(p.id())) {
            add(new ImplementationForm(p, implementations, mayAct, clock, this));
        }
        add(new H2(getTranslation("case.audit")), new AuditGrid(cases.auditTrail(p.id()), rules, clock));
        log = new LetterLog(p, letters, clock, mayAct);
        add(new H2(getTranslation("case.letters")), log);
    }

    @Override
    public String getPageTitle() {
        return title + PortalPage.TITLE_SEPARATOR + getTranslation("layout.portal");
    }
}
