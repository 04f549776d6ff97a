package se.huddinge.delaktighet.review.ui;

import se.huddinge.delaktighet.security.StaffRole;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import se.huddinge.delaktighet.base.i18n.Dates;
import se.huddinge.delaktighet.base.ui.FormResult;
import se.huddinge.delaktighet.base.ui.ShortPoll;
import se.huddinge.delaktighet.notification.Letter;
import se.huddinge.delaktighet.notification.LetterStatus;
import se.huddinge.delaktighet.notification.Letters;
import se.huddinge.delaktighet.proposal.Decision;
import se.huddinge.delaktighet.proposal.InvalidInput;
import se.huddinge.delaktighet.proposal.Proposal;
import se.huddinge.delaktighet.proposal.ProposalCaseService;
import se.huddinge.delaktighet.proposal.ProposalException;
import se.huddinge.delaktighet.proposal.ProposalRules;
import se.huddinge.delaktighet.proposal.ProposalStatus;
import se.huddinge.delaktighet.proposal.TimelineEntry;

/**
 * One proposal as staff see it: the submitter, the text, the next step's form (moderate, refer, decide), the
 * audit trail with who did what, and every letter sent about it.
 */
@Route("granskning/forslag/:id")
@RolesAllowed({StaffRole.OFFICER_ROLE, StaffRole.COMMITTEE_ROLE, StaffRole.ADMIN_ROLE})
class CaseView extends Section implements BeforeEnterObserver, HasDynamicTitle {

    private final ProposalCaseService cases;
    private final ProposalRules rules;
    private final Letters letters;
    private final Clock clock;
    private final boolean mayAct;
    private long id;
    private String title = "";
    private Grid<Letter> log;

    CaseView(ProposalCaseService cases, ProposalRules rules, Letters letters, Clock clock, AuthenticationContext auth) {
        this.cases = cases;
        this.rules = rules;
        this.letters = letters;
        this.clock = clock;
        this.mayAct = auth.hasAnyRole(StaffRole.OFFICER_ROLE, StaffRole.ADMIN_ROLE);
        addClassName("portal-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            render(cases.get(id));
        } catch (NumberFormatException | ProposalException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void render(Proposal p) {
        removeAll();
        title = p.getTitle();
        var locale = getLocale();
        add(new H1(p.getTitle()));
        var status = new Paragraph(getTranslation("proposal.status." + p.getStatus().name()) + " · "
                + (p.getReference() == null ? "–" : p.getReference()));
        status.setId("case-status");
        status.addClassName("status-line");
        add(status);
        add(new Paragraph(getTranslation("case.author", p.getAuthorName(), p.getAuthorEmail())));
        add(new Paragraph(getTranslation("proposal.facts", p.getDistrict(),
                rules.category(p.getCategory()).map(c -> c.name(locale)).orElse(p.getCategory()))));
        add(new Paragraph(getTranslation("proposal.supportCount", p.getSupportCount(), rules.supportThreshold())));
        var text = new Div();
        text.addClassName("proposal-text");
        for (String paragraph : p.getText().split("\\R\\s*\\R")) {
            text.add(new Paragraph(paragraph));
        }
        add(new H2(getTranslation("proposal.textHeading")), text);

        if (mayAct) {
            switch (p.getStatus()) {
                case IN_MODERATION -> add(moderation(p));
                case THRESHOLD_REACHED -> add(referral(p));
                case REFERRED -> add(decision(p));
                default -> { }
            }
        }
        add(new H2(getTranslation("case.audit")));
        var audit = new Grid<TimelineEntry>();
        audit.addColumn(e -> Dates.dateTime(e.getAt().atZone(clock.getZone()), locale)).setHeader(getTranslation("case.when"))
                .setAutoWidth(true);
        audit.addColumn(e -> getTranslation("proposal.status." + e.getStatus().name())).setHeader(getTranslation("case.what"))
                .setAutoWidth(true);
        audit.addColumn(this::actor).setHeader(getTranslation("case.who")).setAutoWidth(true);
        audit.addColumn(this::note).setHeader(getTranslation("case.note"));
        audit.setItems(cases.auditTrail(p.getId()));
        audit.setAllRowsVisible(true);
        audit.getElement().setAttribute("aria-label", getTranslation("case.audit"));
        add(audit);

        add(new H2(getTranslation("case.letters")));
        log = new Grid<>();
        log.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        log.addColumn(l -> Dates.dateTime(l.getCreatedAt().atZone(clock.getZone()), locale))
                .setHeader(getTranslation("review.letter.created")).setAutoWidth(true);
        log.addColumn(Letter::getRecipient).setHeader(getTranslation("review.letter.to")).setAutoWidth(true);
        log.addColumn(Letter::getSubject).setHeader(getTranslation("review.letter.subject")).setWidth("16rem")
                .setFlexGrow(3).setTooltipGenerator(Letter::getSubject);
        log.addColumn(l -> getTranslation("letter.status." + l.getStatus().name())
                        + (l.getStatus() == LetterStatus.FAILED && l.getLastError() != null ? ": " + l.getLastError() : ""))
                .setHeader(getTranslation("review.letter.status")).setAutoWidth(true);
        if (mayAct) {
            log.addComponentColumn(l -> {
                var resend = new Button(getTranslation("case.resend"), e -> {
                    letters.resend(l.getId());
                    com.vaadin.flow.component.notification.Notification.show(getTranslation("case.resent", l.getRecipient()));
                    render(cases.get(id));
                });
                resend.getElement().setAttribute("aria-label", getTranslation("case.resend") + ": " + l.getSubject());
                resend.setEnabled(l.getStatus() != LetterStatus.SENDING);
                return resend;
            }).setHeader(getTranslation("case.letterAction")).setKey("resend").setAutoWidth(true);
        }
        log.setItems(letters.aboutProposal(p.getId(), p.getReference()));
        log.setAllRowsVisible(true);
        log.getElement().setAttribute("aria-label", getTranslation("case.letters"));
        add(log);
    }

    private Div moderation(Proposal p) {
        var publish = new Button(getTranslation("case.publish"));
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(e -> act(() -> cases.publish(p.getId(), p.getVersion()), Map.of()));

        var ground = new Select<ProposalRules.Ground>();
        ground.setLabel(getTranslation("case.ground"));
        ground.setItems(rules.grounds());
        ground.setItemLabelGenerator(g -> g.name(getLocale()));
        var explanation = new Paragraph();
        explanation.setId("ground-explanation");
        var similar = new ComboBox<Proposal>(getTranslation("case.similarTo"));
        similar.setItems(cases.recentForSimilarity(p.getId()));
        similar.setItemLabelGenerator(s -> s.getReference() + " " + s.getTitle());
        similar.setVisible(false);
        similar.setWidth("32rem");
        ground.addValueChangeListener(e -> {
            var g = e.getValue();
            explanation.setText(g == null ? "" : g.explanation(getLocale()) + " " + g.turnTo(getLocale()));
            similar.setVisible(g != null && g.linksEarlier());
        });
        var note = new TextArea(getTranslation("case.note.personal"));
        note.setHelperText(getTranslation("case.note.personal.help"));
        note.setWidth("32rem");
        var reject = new Button(getTranslation("case.reject"));
        reject.addClickListener(e -> act(() -> cases.reject(p.getId(), p.getVersion(),
                ground.getValue() == null ? null : ground.getValue().code(), note.getValue(),
                similar.getValue() == null ? null : similar.getValue().getId()),
                Map.of("ground", ground, "similarTo", similar, "note", note)));
        var due = p.getModerationDue() == null ? "" : getTranslation("case.moderationDue",
                Dates.longDate(p.getModerationDue(), getLocale()));
        return new Div(new H2(getTranslation("case.moderate")), new Paragraph(due), publish,
                new H2(getTranslation("case.notPublish")), ground, explanation, similar, note, reject);
    }

    private Div referral(Proposal p) {
        var committee = new Select<ProposalRules.Named>();
        committee.setLabel(getTranslation("case.committee"));
        committee.setItems(rules.committees());
        committee.setItemLabelGenerator(c -> c.name(getLocale()));
        committee.setWidth("32rem");
        var caseNumber = new TextField(getTranslation("case.caseNumber"));
        caseNumber.setHelperText(getTranslation("case.caseNumber.help"));
        var refer = new Button(getTranslation("case.refer"));
        refer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        refer.addClickListener(e -> act(() -> cases.refer(p.getId(), p.getVersion(),
                committee.getValue() == null ? null : committee.getValue().code(), caseNumber.getValue()),
                Map.of("committee", committee, "caseNumber", caseNumber)));
        var due = p.getReferralDue() == null ? "" : getTranslation("proposal.referralDue",
                Dates.longDate(p.getReferralDue(), getLocale()));
        return new Div(new H2(getTranslation("case.referTitle")), new Paragraph(due), committee, caseNumber, refer);
    }

    private Div decision(Proposal p) {
        var decision = new RadioButtonGroup<Decision>(getTranslation("case.decision"));
        decision.setItems(Decision.values());
        decision.setItemLabelGenerator(d -> getTranslation("proposal.decision." + d.name()));
        var motivation = new TextArea(getTranslation("case.motivation"));
        motivation.setWidth("32rem");
        var meeting = new DatePicker(getTranslation("case.meetingDate"));
        meeting.setLocale(getLocale());
        var minutes = new TextField(getTranslation("case.minutesRef"));
        minutes.setHelperText(getTranslation("case.minutesRef.help"));
        minutes.setWidth("32rem");
        var save = new Button(getTranslation("case.decide"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> act(() -> cases.decide(p.getId(), p.getVersion(), decision.getValue(),
                motivation.getValue(), meeting.getValue(), minutes.getValue()),
                Map.of("decision", decision, "motivation", motivation, "meetingDate", meeting, "minutesRef", minutes)));
        var due = p.getDecisionDue() == null ? "" : getTranslation("proposal.decisionDue",
                Dates.longDate(p.getDecisionDue(), getLocale()));
        return new Div(new H2(getTranslation("case.decideTitle")), new Paragraph(due), decision, motivation, meeting,
                minutes, save);
    }

    /** Runs a step; field problems go to their fields, a conflict or wrong state to a message; else re-render. */
    private void act(Supplier<Proposal> step, Map<String, HasValidation> fields) {
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            var done = step.get();
            render(done);
            com.vaadin.flow.component.notification.Notification.show(getTranslation("case.saved"));
            getChildren().filter(c -> c.getId().orElse("").equals("case-status")).findFirst()
                    .ifPresent(FormResult::focus);
            showLettersWhenWritten(done);
        } catch (InvalidInput e) {
            e.problems().forEach((field, problem) -> {
                var f = fields.get(field);
                if (f != null) {
                    f.setErrorMessage(getTranslation("case.invalid." + field + "." + problem));
                    f.setInvalid(true);
                }
            });
        } catch (ProposalException | org.springframework.dao.OptimisticLockingFailureException e) {
            com.vaadin.flow.component.notification.Notification.show(getTranslation("case.conflict"));
            render(cases.get(id));
        }
    }

    /** A step's letters are written just after it, by a listener: the list shows them when they land. */
    private void showLettersWhenWritten(Proposal p) {
        int shown = log.getListDataView().getItemCount();
        ShortPoll.until(this, Duration.ofSeconds(1), 15, () -> {
            var now = letters.aboutProposal(p.getId(), p.getReference());
            if (now.size() != shown) {
                log.setItems(now);
            }
            return now.size() > shown;
        });
    }

    /** The officer's username; the author and the portal itself in words, not as the codes they are kept as. */
    private String actor(TimelineEntry e) {
        return switch (e.getActor()) {
            case "author", "system" -> getTranslation("case.actor." + e.getActor());
            default -> e.getActor();
        };
    }

    /** The ground and the decision by their names; other notes (committee and case number) as kept. */
    private String note(TimelineEntry e) {
        if (e.getNote() == null) {
            return "";
        }
        return switch (e.getStatus()) {
            case NOT_PUBLISHED -> rules.ground(e.getNote()).map(g -> g.name(getLocale())).orElse(e.getNote());
            case DECIDED -> getTranslation("proposal.decision." + e.getNote());
            default -> e.getNote();
        };
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("layout.portal");
    }
}
