package se.huddinge.delaktighet.proposal.ui;

import static se.huddinge.delaktighet.proposal.ProposalFormField.ATTACHMENTS;
import static se.huddinge.delaktighet.proposal.ProposalFormField.CATEGORY;
import static se.huddinge.delaktighet.proposal.ProposalFormField.CONSENT;
import static se.huddinge.delaktighet.proposal.ProposalFormField.DISTRICT;
import static se.huddinge.delaktighet.proposal.ProposalFormField.EMAIL;
import static se.huddinge.delaktighet.proposal.ProposalFormField.LIVES_IN_HUDDINGE;
import static se.huddinge.delaktighet.proposal.ProposalFormField.NAME;
import static se.huddinge.delaktighet.proposal.ProposalFormField.TEXT;
import static se.huddinge.delaktighet.proposal.ProposalFormField.TITLE;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import se.huddinge.delaktighet.base.form.InvalidInput;
import se.huddinge.delaktighet.base.i18n.Texts;
import se.huddinge.delaktighet.base.ui.AppStartsOnInteraction;
import se.huddinge.delaktighet.base.ui.FieldErrors;
import se.huddinge.delaktighet.base.ui.FormCopy;
import se.huddinge.delaktighet.base.ui.FormResult;
import se.huddinge.delaktighet.base.ui.PortalPage;
import se.huddinge.delaktighet.base.ui.StaticHtml;
import se.huddinge.delaktighet.proposal.ProposalForm;
import se.huddinge.delaktighet.proposal.ProposalFormField;
import se.huddinge.delaktighet.proposal.ProposalReads;
import se.huddinge.delaktighet.proposal.ProposalRules;
import se.huddinge.delaktighet.proposal.ProposalService;
import se.huddinge.delaktighet.security.FloodGuard;
import se.huddinge.delaktighet.security.Honeypot;

/**
 * A resident writes a proposal. It counts once they follow the link we e-mail them. The page's first HTML draws the
 * form ({@link #copy}) and the app starts on the first interaction with it (DD49).
 */
@Route("forslag/nytt")
@AnonymousAllowed
@AppStartsOnInteraction
class SubmitProposalView extends PortalPage {

    /** The form's widest. */
    private static final String WIDTH = "48rem";
    private static final String TEXT_HEIGHT = "12rem";

    private final ProposalService service;
    private final ProposalReads reads;
    private final ProposalRules rules;
    private final TextField title = new TextField();
    private final TextArea text = new TextArea();
    // combo boxes, not selects: Vaadin's select puts aria-required on a button, which axe rightly refuses
    private final ComboBox<String> district = new ComboBox<>();
    private final ComboBox<String> category = new ComboBox<>();
    private final TextField name = new TextField();
    private final EmailField email = new EmailField();
    private final Checkbox livesInHuddinge = new Checkbox();
    private final Checkbox consent = new Checkbox();
    private final AttachmentUpload attachments;
    private final FloodGuard floods;
    private final Honeypot honeypot = new Honeypot("submit-hp");
    private final Paragraph tooMany = new Paragraph();
    /** Where each of the service's problems shows: the service alone checks the fields. */
    private final FieldErrors<ProposalFormField> errors;
    private final Div similar = new Div();
    private final Div form = new Div();

    SubmitProposalView(ProposalService service, ProposalReads reads, ProposalRules rules, FloodGuard floods) {
        super("submit.title");
        this.floods = floods;
        this.service = service;
        this.reads = reads;
        this.rules = rules;
        add(new Paragraph(getTranslation("submit.intro", rules.supportThreshold(), rules.supportPeriod().getDays())));

        title.setId("submit-title");
        text.setId("submit-text");
        district.setId("submit-district");
        category.setId("submit-category");
        name.setId("submit-name");
        email.setId("submit-email");
        livesInHuddinge.setId("submit-lives");
        consent.setId("submit-consent");
        title.setLabel(getTranslation("submit.field.title"));
        title.setMaxLength(rules.titleMax() * 2);
        title.setHelperText(getTranslation("submit.field.title.help", rules.titleMax()));
        title.setRequiredIndicatorVisible(true);
        title.setWidthFull();
        title.setValueChangeMode(ValueChangeMode.LAZY);
        title.addValueChangeListener(e -> showSimilar(e.getValue()));
        similar.setId("similar");
        similar.getElement().setAttribute("aria-live", "polite");

        text.setLabel(getTranslation("submit.field.text"));
        text.setRequiredIndicatorVisible(true);
        text.setWidthFull();
        text.setMinHeight(TEXT_HEIGHT);
        text.setValueChangeMode(ValueChangeMode.EAGER);
        text.addValueChangeListener(e -> updateCounter());
        updateCounter();

        district.setLabel(getTranslation("submit.field.district"));
        district.setItems(rules.districts());
        district.setRequiredIndicatorVisible(true);
        category.setLabel(getTranslation("submit.field.category"));
        category.setItems(rules.categories().stream().map(ProposalRules.Named::code).toList());
        category.setItemLabelGenerator(c -> ProposalTexts.category(rules, c, getLocale()));
        category.setRequiredIndicatorVisible(true);

        name.setLabel(getTranslation("submit.field.name"));
        name.setHelperText(getTranslation("submit.field.name.help"));
        name.setRequiredIndicatorVisible(true);
        email.setLabel(getTranslation("submit.field.email"));
        email.setHelperText(getTranslation("submit.field.email.help"));
        email.setRequiredIndicatorVisible(true);
        livesInHuddinge.setLabel(getTranslation("submit.field.lives"));
        consent.setLabel(getTranslation("submit.field.consent"));
        var privacy = new Anchor("personuppgifter", getTranslation("submit.privacyLink"));
        privacy.setTarget("_blank");

        attachments = new AttachmentUpload(this, rules);
        var uploadLabel = new Span(getTranslation("submit.field.attachments.help", rules.maxAttachments(),
                rules.maxAttachmentBytes() / (1024 * 1024)));

        errors = FieldErrors.of(this, ProposalFormField.class)
                .at(TITLE, title, rules.titleMax())
                .at(TEXT, text, rules.textMax())
                .at(DISTRICT, district)
                .at(CATEGORY, category)
                .at(NAME, name, rules.nameMax())
                .at(EMAIL, email)
                .at(LIVES_IN_HUDDINGE, livesInHuddinge)
                .at(CONSENT, consent)
                .elsewhere(ATTACHMENTS, attachments::show, rules.maxAttachmentBytes() / (1024 * 1024))
                .complete();

        var send = new Button(getTranslation("submit.send"), e -> submit());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("submit-send");
        attachments.component().setId("submit-upload");

        var layout = new FormLayout();
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        layout.add(title, 2);
        layout.add(similar, 2);
        layout.add(text, 2);
        layout.add(district, category);
        layout.add(new H2(getTranslation("submit.attachments")), 2);
        layout.add(uploadLabel, 2);
        layout.add(attachments.component(), 2);
        layout.add(attachments.error(), 2);
        layout.add(new H2(getTranslation("submit.aboutYou")), 2);
        layout.add(name, email);
        layout.add(livesInHuddinge, 2);
        layout.add(consent, 2);
        layout.add(new Paragraph(privacy), 2);
        layout.add(honeypot, 2);
        tooMany.setId("submit-too-many");
        tooMany.addClassName("field-error");
        tooMany.getElement().setAttribute("role", "alert");
        layout.add(tooMany, 2);
        layout.add(send, 2);
        layout.setMaxWidth(WIDTH);
        form.add(layout);
        add(form);
    }

    /**
     * The form as this view draws it with nothing typed yet, for the page's first HTML: the same labels, helper
     * texts, rows and ids (each copy input hands what was typed to the field of its id when the app takes over).
     */
    static StaticHtml copy(Texts t, ProposalRules rules) {
        return FormCopy.start(WIDTH)
                .text("submit-title", "text", t.get("submit.field.title"),
                        t.get("submit.field.title.help", rules.titleMax()), true, rules.titleMax() * 2, true)
                .area("submit-text", t.get("submit.field.text"),
                        t.get("submit.field.text.counter", 0, rules.textMax()), true, TEXT_HEIGHT)
                .choice("submit-district", t.get("submit.field.district"), false)
                .choice("submit-category", t.get("submit.field.category"), false)
                .heading(t.get("submit.attachments"))
                .row(StaticHtml.start("span").text(t.get("submit.field.attachments.help", rules.maxAttachments(),
                        rules.maxAttachmentBytes() / (1024 * 1024))).close("span"))
                .upload("submit-upload", t.get("upload.addMany"), t.get("upload.dropMany"))
                .heading(t.get("submit.aboutYou"))
                .text("submit-name", "text", t.get("submit.field.name"), t.get("submit.field.name.help"), true, 0,
                        false)
                .text("submit-email", "email", t.get("submit.field.email"), t.get("submit.field.email.help"), true,
                        0, false)
                .checkbox("submit-lives", t.get("submit.field.lives"))
                .checkbox("submit-consent", t.get("submit.field.consent"))
                .privacyLink(t.get("submit.privacyLink"))
                .placeOf("submit-too-many")
                .withoutScriptNote(t)
                .button("submit-send", t.get("submit.send"), true)
                .done();
    }

    private void updateCounter() {
        int used = text.getValue() == null ? 0 : text.getValue().codePointCount(0, text.getValue().length());
        text.setHelperText(getTranslation("submit.field.text.counter", used, rules.textMax()));
    }

    private void showSimilar(String value) {
        similar.removeAll();
        var matches = reads.similarTitles(value);
        if (matches.isEmpty()) {
            return;
        }
        var list = new UnorderedList();
        matches.forEach(p -> {
            var link = new Anchor("forslag/" + p.reference(), p.title() + " (" + p.reference() + ")");
            link.setTarget("_blank");
            list.add(new ListItem(link));
        });
        similar.add(new Paragraph(getTranslation("submit.similar")), list);
        similar.addClassName("similar");
    }

    private void submit() {
        attachments.show("");
        tooMany.setText("");
        if (!attachments.readyToSend()) {
            return;
        }
        var verdict = floods.check(FloodGuard.PublicForm.SUBMIT, honeypot);
        if (verdict == FloodGuard.Verdict.TOO_MANY) {
            tooMany.setText(getTranslation(FloodGuard.TOO_MANY_KEY, floods.waitMinutes(FloodGuard.PublicForm.SUBMIT)));
            return;
        }
        try {
            if (verdict == FloodGuard.Verdict.SEND) {
                service.submit(new ProposalForm(title.getValue(), text.getValue(), district.getValue(),
                        category.getValue(), name.getValue(), email.getValue(), livesInHuddinge.getValue(),
                        consent.getValue(), attachments.files()), getLocale());
            }
            FormResult.replace(form, getTranslation("submit.done.title"),
                    new Paragraph(getTranslation("submit.done.text", email.getValue().strip(),
                            rules.linkValidity().toHours())),
                    new Paragraph(getTranslation("submit.done.spam")));
            form.setId("submitted");
        } catch (InvalidInput e) {
            errors.show(e);
        }
    }
}
