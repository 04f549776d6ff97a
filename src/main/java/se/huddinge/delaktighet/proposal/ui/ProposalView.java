package se.huddinge.delaktighet.proposal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import se.huddinge.delaktighet.base.PortalSettings;
import se.huddinge.delaktighet.base.form.InvalidInput;
import se.huddinge.delaktighet.base.i18n.Dates;
import se.huddinge.delaktighet.base.ui.AppStartsOnInteraction;
import se.huddinge.delaktighet.base.ui.FieldErrors;
import se.huddinge.delaktighet.base.ui.FormResult;
import se.huddinge.delaktighet.base.ui.PortalPage;
import se.huddinge.delaktighet.proposal.AddressFormField;
import se.huddinge.delaktighet.proposal.ProposalException;
import se.huddinge.delaktighet.proposal.ProposalReads;
import se.huddinge.delaktighet.proposal.ProposalRules;
import se.huddinge.delaktighet.proposal.ProposalService;
import se.huddinge.delaktighet.proposal.ProposalStatus;
import se.huddinge.delaktighet.proposal.ProposalTakeUps;
import se.huddinge.delaktighet.proposal.PublicProposal;
import se.huddinge.delaktighet.security.FloodGuard;
import se.huddinge.delaktighet.security.Honeypot;

/** One proposal as anyone sees it: text, attachments, supports, days left, the dated timeline, and support. */
@AppStartsOnInteraction
@Route("forslag/:reference")
@AnonymousAllowed
class ProposalView extends Section implements BeforeEnterObserver, HasDynamicTitle {

    private final ProposalService service;
    private final ProposalReads reads;
    private final ProposalRules rules;
    private final ProposalTakeUps takeUps;
    private final Clock clock;
    private final FloodGuard floods;
    private final PortalSettings settings;
    private final se.huddinge.delaktighet.proposal.ProposalFollows follows;
    private final se.huddinge.delaktighet.proposal.ProposalImplementations implementations;
    private String title = "";

    ProposalView(ProposalService service, ProposalReads reads, ProposalRules rules, ProposalTakeUps takeUps,
                 Clock clock, FloodGuard floods, PortalSettings settings,
                 se.huddinge.delaktighet.proposal.ProposalFollows follows,
                 se.huddinge.delaktighet.proposal.ProposalImplementations implementations) {
        this.follows = follows;
        this.implementations = implementations;
        this.floods = floods;
        this.settings = settings;
        this.reads = reads;
        this.takeUps = takeUps;
        this.service = service;
        this.rules = rules;
        this.clock = clock;
        addClassName("portal-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String reference = event.getRouteParameters().get("reference").orElse("");
        PublicProposal p = reads.findPublic(reference).orElse(null);
        if (p == null) {
            var status = reads.statusOnly(reference).orElse(null);
            if (status == null) {
                event.rerouteToError(NotFoundException.class);
                return;
            }
            removeAll();
            title = status.reference();
            renderStatusOnly(status);
            return;
        }
        removeAll();
        title = p.title();
        render(p);
    }

    private void render(PublicProposal p) {
        var summary = ProposalSummary.of(p, this::getTranslation, rules, clock, getLocale());
        var heading = new H1(summary.heading());
        // residents write in many languages: let the browser set the direction of right-to-left text
        heading.getElement().setAttribute("dir", "auto");
        add(heading);
        var status = new Paragraph(summary.statusLine());
        status.addClassName("status-line");
        status.setId("proposal-status");
        add(status);
        add(new Paragraph(summary.facts()));

        var support = new Paragraph(summary.supports());
        support.setId("support-count");
        support.addClassName("support-count");
        add(support);
        if (summary.period() != null) {
            add(new Paragraph(summary.period()));
        }

        var body = new Div();
        body.addClassName("proposal-text");
        for (String paragraph : summary.paragraphs()) {
            var text = new Paragraph(paragraph);
            text.getElement().setAttribute("dir", "auto");
            body.add(text);
        }
        add(new H2(summary.textHeading()), body);
        add(new ShareProposal(p.title(), settings.link("forslag/" + p.reference())));

        var files = reads.attachments(p.id());
        if (!files.isEmpty()) {
            add(new H2(getTranslation("proposal.attachments")));
            var list = new UnorderedList();
            for (var file : files) {
                var link = new Anchor(DownloadHandler.fromInputStream(e -> {
                    byte[] data = reads.publicAttachment(p.id(), file.id()).orElse(new byte[0]);
                    return new DownloadResponse(new ByteArrayInputStream(data), file.fileName(), file.contentType(),
                            data.length);
                }), file.fileName() + " (" + Math.max(1, file.size() / 1024) + " kB)");
                list.add(new ListItem(link));
            }
            add(list);
        }

        if (p.openForSupport()) {
            add(supportForm(p));
        }
        add(new FollowForm(p, follows, implementations, rules, floods));
        add(decision(p));
        add(new H2(getTranslation("proposal.timeline")));
        var steps = new OrderedList();
        steps.addClassName("timeline");
        steps.setId("timeline");
        // the steps and, after the close, each time a politician took the proposal up: in date order
        var items = new java.util.ArrayList<java.util.Map.Entry<LocalDate, ListItem>>();
        for (var step : reads.publicTimeline(p.id())) {
            if (step.status() == ProposalStatus.SUBMITTED) {
                continue;
            }
            LocalDate on = LocalDate.ofInstant(step.at(), clock.getZone());
            items.add(java.util.Map.entry(on, new ListItem(when(on), new Span(getTranslation("proposal.step."
                    + step.status().name())))));
        }
        for (var t : takeUps.of(p.id())) {
            var item = new ListItem(when(t.takenUpOn()), new Span(getTranslation("takenUp.step", t.takenUpBy(), t.body())));
            if (t.caseRef() != null) {
                item.add(new Span(" " + getTranslation("takenUp.case", t.caseRef())));
            }
            if (t.note() != null) {
                item.add(new Paragraph(t.note()));
            }
            item.addClassName("taken-up");
            items.add(java.util.Map.entry(t.takenUpOn(), item));
        }
        items.sort(java.util.Map.Entry.comparingByKey());
        items.forEach(e -> steps.add(e.getValue()));
        add(steps);
        add(CommentsSection.of(p, null));
        add(new ImplementationSection(p.id(), implementations, clock));
        var back = new Anchor("forslag", getTranslation("proposal.back"));
        back.getElement().setAttribute("router-link", true);
        add(new Paragraph(back));
    }

    private Span when(LocalDate date) {
        var when = new Span(Dates.longDate(date, getLocale()) + ": ");
        when.addClassName("when");
        return when;
    }

    private void renderStatusOnly(ProposalReads.StatusOnly s) {
        add(new H1(getTranslation("proposal.statusOnly.title", s.reference())));
        var status = new Paragraph(ProposalTexts.status(this, s.status()));
        status.addClassName("status-line");
        status.setId("proposal-status");
        add(status);
        add(new Paragraph(ProposalTexts.statusOnly(this::getTranslation, s, getLocale())));
    }

    /** Where the case stands, from the same lines as the page's first HTML ({@link ProposalBelowText}). */
    private Div decision(PublicProposal p) {
        var box = new Div();
        for (var line : ProposalBelowText.decision(p, this::getTranslation, rules, getLocale())) {
            box.add(line.heading() ? new H2(line.text()) : new Paragraph(line.text()));
        }
        return box;
    }

    private Div supportForm(PublicProposal p) {
        var email = new EmailField(getTranslation("proposal.support.email"));
        email.setId("support-email");
        email.setHelperText(getTranslation("proposal.support.email.help"));
        email.setRequiredIndicatorVisible(true);
        email.setWidth("24rem");
        var notify = new Checkbox(getTranslation("proposal.support.notify"));
        var honeypot = new Honeypot("support-hp");
        var errors = FieldErrors.of(this, AddressFormField.class).at(AddressFormField.EMAIL, email).complete();
        var result = new Div();
        result.getElement().setAttribute("role", "status");
        var send = new Button(getTranslation("proposal.support.send"));
        send.setId("support-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> {
            email.setInvalid(false);
            result.removeAll();
            var verdict = floods.check(FloodGuard.PublicForm.SUPPORT, honeypot);
            if (verdict == FloodGuard.Verdict.TOO_MANY) {
                email.setErrorMessage(getTranslation(FloodGuard.TOO_MANY_KEY,
                        floods.waitMinutes(FloodGuard.PublicForm.SUPPORT)));
                email.setInvalid(true);
                return;
            }
            try {
                if (verdict == FloodGuard.Verdict.SEND) {
                    service.requestSupport(p.reference(), email.getValue(), notify.getValue(), getLocale());
                }
                showSent(result, email.getValue());
            } catch (InvalidInput ex) {
                errors.show(ex);
            } catch (ProposalException ex) {
                email.setErrorMessage(getTranslation("proposal.error." + ex.reason().name()));
                email.setInvalid(true);
            }
        });
        var intro = ProposalBelowText.Intro.support(this::getTranslation);
        var form = new Div(new H2(intro.heading()), new Paragraph(intro.text()), email, notify, honeypot, send, result);
        form.addClassName("support-form");
        return form;
    }

    /** "Kolla din e-post" under the button, which stays: another address in the household may support too. */
    private void showSent(Div result, String email) {
        var sent = new Paragraph(getTranslation("proposal.support.sent", email.strip(), rules.linkValidity().toHours()));
        sent.setId("support-result");
        FormResult.replace(result, new H3(getTranslation("proposal.support.done.title")), sent);
    }

    @Override
    public String getPageTitle() {
        return title + PortalPage.TITLE_SEPARATOR + getTranslation("layout.portal");
    }
}
