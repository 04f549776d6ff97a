package se.huddinge.delaktighet.nomination.ui;

import static se.huddinge.delaktighet.nomination.NominationFormField.*;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import se.huddinge.delaktighet.base.form.InvalidInput;
import se.huddinge.delaktighet.base.i18n.Dates;
import se.huddinge.delaktighet.base.i18n.Texts;
import se.huddinge.delaktighet.base.ui.AppStartsOnInteraction;
import se.huddinge.delaktighet.base.ui.FieldErrors;
import se.huddinge.delaktighet.base.ui.FormCopy;
import se.huddinge.delaktighet.base.ui.FormResult;
import se.huddinge.delaktighet.base.ui.PortalPage;
import se.huddinge.delaktighet.base.ui.StaticHtml;
import se.huddinge.delaktighet.nomination.NomineeKind;
import se.huddinge.delaktighet.nomination.NominationException;
import se.huddinge.delaktighet.nomination.NominationForm;
import se.huddinge.delaktighet.nomination.NominationFormField;
import se.huddinge.delaktighet.nomination.NominationService;
import se.huddinge.delaktighet.nomination.RoundFacts;
import se.huddinge.delaktighet.nomination.PrizeRounds;
import se.huddinge.delaktighet.nomination.PrizeRules;
import se.huddinge.delaktighet.security.FloodGuard;
import se.huddinge.delaktighet.security.Honeypot;

/**
 * A resident nominates someone for this year's prize. Whether the round is open is decided when the nomination is
 * saved, not when the page was opened; the nomination counts once the nominator follows the e-mailed link in time.
 * The page's first HTML draws the form while the round is open ({@link #copy}); the app starts on the first
 * interaction with it (DD49).
 */
@Route("demokratipriset/nominera")
@AnonymousAllowed
@AppStartsOnInteraction
class NominateView extends PortalPage {

    private static final String WIDTH = "48rem";
    private static final String MOTIVATION_HEIGHT = "8rem";

    private final NominationService service;
    private final PrizeRules rules;
    private final Clock clock;
    private final FloodGuard floods;
    private final Honeypot honeypot = new Honeypot("nominate-hp");
    private final Paragraph tooMany = new Paragraph();
    private final Div form = new Div();
    private final Paragraph closed = new Paragraph();
    private final TextField nomineeName = new TextField();
    private final RadioButtonGroup<NomineeKind> kind = new RadioButtonGroup<>();
    private final TextArea tie = new TextArea();
    private final Map<Long, TextArea> motivations = new LinkedHashMap<>();
    private final Checkbox nomineeKnows = new Checkbox();
    private final EmailField nomineeContact = new EmailField();
    private final TextField nominatorName = new TextField();
    private final EmailField email = new EmailField();
    private final TextField phone = new TextField();
    private final Checkbox consent = new Checkbox();
    private RoundFacts round;
    private FieldErrors<NominationFormField> errors;

    NominateView(NominationService service, PrizeRounds rounds, PrizeRules rules, Clock clock, FloodGuard floods) {
        super("nominate.title");
        this.floods = floods;
        this.service = service;
        this.rules = rules;
        this.clock = clock;
        closed.setId("nomination-closed");
        closed.addClassName("attention");
        closed.getElement().setAttribute("role", "alert");
        add(closed);
        round = rounds.current().orElse(null);
        if (round == null) {
            add(new Paragraph(getTranslation("prize.noRound")));
            return;
        }
        var phase = round.phaseAt(clock.instant());
        if (phase != RoundFacts.Phase.OPEN) {
            closed.setText(PrizeTexts.status(this, round, clock));
        }
        if (phase == RoundFacts.Phase.REVIEW || phase == RoundFacts.Phase.DECIDED) {
            // after the deadline nothing can be nominated: the page says so instead of a form that would refuse
            return;
        }
        add(new Paragraph(getTranslation("nominate.intro", round.year(),
                Dates.dateTime(round.closesAt(clock.getZone()), getLocale()))));
        buildForm();
        add(form);
    }

    private void buildForm() {
        var locale = getLocale();
        var layout = new FormLayout();
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        layout.setMaxWidth(WIDTH);
        layout.add(new H2(getTranslation("nominate.nominee")), 2);
        required(nomineeName, "nominate.field.nomineeName");
        nomineeName.setHelperText(getTranslation("nominate.field.nomineeName.help"));
        kind.setLabel(getTranslation("nominate.field.kind"));
        kind.setItems(NomineeKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("prize.kind." + k.name()));
        kind.setRequiredIndicatorVisible(true);
        counted(tie, "nominate.field.tie", rules.tieMax());
        nomineeName.setId("nominate-nominee-name");
        kind.setId("nominate-kind");
        tie.setId("nominate-tie");
        layout.add(nomineeName, 2);
        layout.add(kind, 2);
        layout.add(tie, 2);
        layout.add(new H2(getTranslation("nominate.motivation")), 2);
        layout.add(new Paragraph(getTranslation("nominate.motivation.help")), 2);
        for (var criterion : round.criteria()) {
            var area = new TextArea();
            // the round's words in the page's language, or in Swedish when it has none (DD43)
            area.setLabel(PrizeTexts.roundText(locale, criterion::title).text());
            area.setRequiredIndicatorVisible(true);
            area.setWidthFull();
            area.setMinHeight(MOTIVATION_HEIGHT);
            area.setId(motivationId(criterion));
            String description = PrizeTexts.roundText(locale, criterion::description).text();
            area.setValueChangeMode(ValueChangeMode.EAGER);
            area.addValueChangeListener(e -> count(area, description, rules.motivationMax()));
            count(area, description, rules.motivationMax());
            motivations.put(criterion.id(), area);
            layout.add(area, 2);
        }
        nomineeKnows.setLabel(getTranslation("nominate.field.knows"));
        nomineeContact.setLabel(getTranslation("nominate.field.nomineeContact"));
        nomineeContact.setHelperText(getTranslation("nominate.field.nomineeContact.help"));
        nomineeKnows.setId("nominate-knows");
        nomineeContact.setId("nominate-contact");
        nominatorName.setId("nominate-nominator");
        email.setId("nominate-email");
        phone.setId("nominate-phone");
        consent.setId("nominate-consent");
        layout.add(nomineeKnows, 2);
        layout.add(nomineeContact, 2);
        layout.add(new H2(getTranslation("nominate.aboutYou")), 2);
        required(nominatorName, "nominate.field.nominatorName");
        required(email, "nominate.field.email");
        email.setHelperText(getTranslation("nominate.field.email.help"));
        phone.setLabel(getTranslation("nominate.field.phone"));
        consent.setLabel(getTranslation("nominate.field.consent"));
        var privacy = new Anchor("personuppgifter", getTranslation("nominate.privacyLink"));
        privacy.setTarget("_blank");
        var send = new Button(getTranslation("nominate.send"), e -> submit());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("nominate-send");
        layout.add(nominatorName, email);
        layout.add(phone, 2);
        layout.add(consent, 2);
        layout.add(new Paragraph(privacy), 2);
        layout.add(honeypot, 2);
        tooMany.setId("nominate-too-many");
        tooMany.addClassName("field-error");
        tooMany.getElement().setAttribute("role", "alert");
        layout.add(tooMany, 2);
        layout.add(send, 2);
        form.add(layout);
        errors = FieldErrors.of(this, NominationFormField.class)
                .at(NOMINEE_NAME, nomineeName, rules.nameMax())
                .at(KIND, kind)
                .at(TIE, tie, rules.tieMax())
                .atEach(MOTIVATION, motivations, rules.motivationMax())
                .at(NOMINEE_CONTACT, nomineeContact)
                .at(NOMINATOR_NAME, nominatorName, rules.nameMax())
                .at(EMAIL, email)
                .at(PHONE, phone)
                .at(CONSENT, consent)
                .complete();
    }

    private static String motivationId(RoundFacts.Criterion criterion) {
        return "nominate-motivation-" + criterion.id();
    }

    /**
     * The form as this view draws it for an open round with nothing typed yet, for the page's first HTML: the same
     * labels, helper texts, rows and ids (each copy input hands what was typed to the field of its id).
     */
    static StaticHtml copy(Texts t, Locale locale, RoundFacts round, PrizeRules rules) {
        var form = FormCopy.start(WIDTH)
                .heading(t.get("nominate.nominee"))
                .text("nominate-nominee-name", "text", t.get("nominate.field.nomineeName"),
                        t.get("nominate.field.nomineeName.help"), true, 0, true)
                .radios("nominate-kind", t.get("nominate.field.kind"), Arrays.stream(NomineeKind.values())
                        .map(k -> t.get("prize.kind." + k.name())).toList())
                .area("nominate-tie", t.get("nominate.field.tie"), t.get("nominate.field.tie.help") + " "
                        + t.get("nominate.counter", 0, rules.tieMax()), true, null)
                .heading(t.get("nominate.motivation"))
                .paragraph(t.get("nominate.motivation.help"));
        for (var criterion : round.criteria()) {
            form.area(motivationId(criterion), PrizeTexts.roundText(locale, criterion::title).text(),
                    PrizeTexts.roundText(locale, criterion::description).text() + " "
                            + t.get("nominate.counter", 0, rules.motivationMax()), true, MOTIVATION_HEIGHT);
        }
        return form.checkbox("nominate-knows", t.get("nominate.field.knows"))
                .text("nominate-contact", "email", t.get("nominate.field.nomineeContact"),
                        t.get("nominate.field.nomineeContact.help"), false, 0, true)
                .heading(t.get("nominate.aboutYou"))
                .text("nominate-nominator", "text", t.get("nominate.field.nominatorName"), null, true, 0, false)
                .text("nominate-email", "email", t.get("nominate.field.email"), t.get("nominate.field.email.help"),
                        true, 0, false)
                .text("nominate-phone", "text", t.get("nominate.field.phone"), null, false, 0, true)
                .checkbox("nominate-consent", t.get("nominate.field.consent"))
                .privacyLink(t.get("nominate.privacyLink"))
                .placeOf("nominate-too-many")
                .withoutScriptNote(t)
                .button("nominate-send", t.get("nominate.send"), true)
                .done();
    }

    private void required(com.vaadin.flow.component.textfield.TextFieldBase<?, ?> field, String key) {
        field.setLabel(getTranslation(key));
        field.setRequiredIndicatorVisible(true);
        field.setWidthFull();
    }

    private void counted(TextArea area, String key, int max) {
        area.setLabel(getTranslation(key));
        area.setRequiredIndicatorVisible(true);
        area.setWidthFull();
        String help = getTranslation(key + ".help");
        area.setValueChangeMode(ValueChangeMode.EAGER);
        area.addValueChangeListener(e -> count(area, help, max));
        count(area, help, max);
    }

    /** The live counter under a long field, in characters as the server counts them. */
    private void count(TextArea area, String help, int max) {
        String v = area.getValue() == null ? "" : area.getValue();
        area.setHelperText(help + " " + getTranslation("nominate.counter", v.codePointCount(0, v.length()), max));
    }

    private void submit() {
        errors.clear();
        closed.setText("");
        tooMany.setText("");
        var verdict = floods.check(FloodGuard.PublicForm.NOMINATE, honeypot);
        if (verdict == FloodGuard.Verdict.TOO_MANY) {
            tooMany.setText(getTranslation(FloodGuard.TOO_MANY_KEY, floods.waitMinutes(FloodGuard.PublicForm.NOMINATE)));
            return;
        }
        var texts = new LinkedHashMap<Long, String>();
        motivations.forEach((id, area) -> texts.put(id, area.getValue()));
        try {
            if (verdict == FloodGuard.Verdict.SEND) {
                service.submit(round.id(), new NominationForm(nomineeName.getValue(), kind.getValue(),
                        tie.getValue(), texts, nomineeKnows.getValue(), nomineeContact.getValue(),
                        nominatorName.getValue(), email.getValue(), phone.getValue(), consent.getValue()), getLocale());
            }
            FormResult.replace(form, getTranslation("nominate.done.title"), new Paragraph(getTranslation(
                    "nominate.done.text", email.getValue().strip(), rules.linkValidity().toHours(),
                    Dates.dateTime(round.closesAt(clock.getZone()), getLocale())))).setId("nomination-sent");
        } catch (NominationException e) {
            String message = e.reason() == NominationException.Reason.NOT_OPEN
                    ? getTranslation("nominate.notOpen", Dates.dateTime(e.closesAt().atZone(clock.getZone()), getLocale()))
                    : getTranslation("nominate.closed", Dates.dateTime(e.closesAt().atZone(clock.getZone()), getLocale()));
            closed.setText(message);
            Notification.show(message);
        } catch (InvalidInput e) {
            errors.show(e);
        }
    }
}
