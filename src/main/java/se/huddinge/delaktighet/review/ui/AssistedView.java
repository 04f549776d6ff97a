package se.huddinge.delaktighet.review.ui;

import static se.huddinge.delaktighet.proposal.AssistedFormField.*;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import se.huddinge.delaktighet.base.AssistedChecks;
import se.huddinge.delaktighet.base.Channel;
import se.huddinge.delaktighet.base.form.FormField;
import se.huddinge.delaktighet.base.form.InvalidInput;
import se.huddinge.delaktighet.base.ui.FieldErrors;
import se.huddinge.delaktighet.base.i18n.Dates;
import se.huddinge.delaktighet.base.ui.PortalPage;
import se.huddinge.delaktighet.nomination.AssistedNominationField;
import se.huddinge.delaktighet.nomination.AssistedNominator;
import se.huddinge.delaktighet.nomination.NominationForm;
import se.huddinge.delaktighet.nomination.NominationService;
import se.huddinge.delaktighet.nomination.NomineeKind;
import se.huddinge.delaktighet.nomination.PrizeRounds;
import se.huddinge.delaktighet.nomination.PrizeRules;
import se.huddinge.delaktighet.nomination.RoundFacts;
import se.huddinge.delaktighet.proposal.AssistedFormField;
import se.huddinge.delaktighet.proposal.AssistedRegistrations;
import se.huddinge.delaktighet.proposal.AssistedResident;
import se.huddinge.delaktighet.proposal.ProposalRules;
import se.huddinge.delaktighet.security.SignedIn;
import se.huddinge.delaktighet.security.StaffRole;

/**
 * A proposal, a support or a nomination for Demokratipriset that came on paper, by phone or at the service centre,
 * registered by an officer on the resident's behalf (DD40, DD42): the resident (channel, identification, consent,
 * postal address, language) once, then the proposal, the proposal to support or the nomination to the current prize
 * round. Before a support, the officer sees the web supporters whose address holds the resident's name, to ask
 * whether they already supported by e-mail. A nominator with e-mail may give it instead of the postal address.
 */
@Route("granskning/registrera")
@RolesAllowed({StaffRole.OFFICER_ROLE, StaffRole.ADMIN_ROLE})
class AssistedView extends PortalPage {

    private final AssistedRegistrations registrations;
    private final ComboBox<Channel> channel = new ComboBox<>();
    private final TextField identifiedBy = new TextField();
    private final Checkbox consent = new Checkbox();
    private final TextField name = new TextField();
    private final TextField street = new TextField();
    private final TextField postcode = new TextField();
    private final TextField town = new TextField();
    private final ComboBox<String> language = new ComboBox<>();
    private final TextField title = new TextField();
    private final TextArea text = new TextArea();
    private final ComboBox<String> district = new ComboBox<>();
    private final ComboBox<ProposalRules.Named> category = new ComboBox<>();
    private final TextField reference = new TextField();
    private final Checkbox notify = new Checkbox();
    private final Paragraph proposalMessage = new Paragraph();
    private final UnorderedList matches = new UnorderedList();
    private final FieldErrors<AssistedFormField> errors;
    private final NominationService nominations;
    private final TextField round = new TextField();
    private final TextField nomineeName = new TextField();
    private final ComboBox<NomineeKind> kind = new ComboBox<>();
    private final TextArea tie = new TextArea();
    private final java.util.LinkedHashMap<Long, TextArea> motivations = new java.util.LinkedHashMap<>();
    private final Checkbox nomineeKnows = new Checkbox();
    private final TextField nomineeContact = new TextField();
    private final TextField nominatorEmail = new TextField();
    private final TextField nominatorPhone = new TextField();
    private RoundFacts prizeRound;
    private FieldErrors<AssistedNominationField> nominationErrors;

    AssistedView(AssistedRegistrations registrations, ProposalRules rules, SignedIn signedIn,
                 NominationService nominations, PrizeRounds rounds, PrizeRules prizeRules, java.time.Clock clock) {
        super("assisted.title");
        this.registrations = registrations;
        this.nominations = nominations;
        add(new ReviewNav("granskning/registrera", signedIn));
        add(new Paragraph(getTranslation("assisted.intro")));
        channel.setLabel(getTranslation("assisted.channel"));
        channel.setItems(Channel.ASSISTED);
        channel.setItemLabelGenerator(c -> getTranslation("assisted.channel." + c.name()));
        channel.setRequired(true);
        identifiedBy.setLabel(getTranslation("assisted.identifiedBy"));
        identifiedBy.setHelperText(getTranslation("assisted.identifiedBy.help"));
        identifiedBy.setMaxLength(AssistedChecks.IDENTIFIED_BY_MAX);
        identifiedBy.setRequired(true);
        consent.setLabel(getTranslation("assisted.consent"));
        name.setLabel(getTranslation("assisted.name"));
        street.setLabel(getTranslation("assisted.street"));
        postcode.setLabel(getTranslation("assisted.postcode"));
        town.setLabel(getTranslation("assisted.town"));
        for (var f : List.of(name, street, postcode, town)) {
            f.setRequired(true);
            f.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
        }
        language.setLabel(getTranslation("assisted.language"));
        language.setItems("sv", "en", "fi");
        language.setItemLabelGenerator(l -> getTranslation("assisted.language." + l));
        language.setValue("sv");
        language.setRequired(true);
        var resident = new FormLayout(channel, identifiedBy, name, street, postcode, town, language, consent);
        add(section("assisted.resident", resident));

        title.setLabel(getTranslation("assisted.proposalTitle"));
        title.setMaxLength(rules.titleMax());
        text.setLabel(getTranslation("assisted.proposalText"));
        text.setMaxLength(rules.textMax());
        Filters.places(rules, district, category);
        var submit = new Button(getTranslation("assisted.registerProposal"), e -> registerProposal());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("register-proposal");
        add(section("assisted.proposal", new FormLayout(title, district, category, text), submit));

        reference.setLabel(getTranslation("assisted.reference"));
        reference.setHelperText(getTranslation("assisted.reference.help"));
        notify.setLabel(getTranslation("assisted.notify"));
        notify.setValue(true);
        var look = new Button(getTranslation("assisted.findMatches"), e -> showMatches());
        look.setId("find-matches");
        var support = new Button(getTranslation("assisted.registerSupport"), e -> registerSupport());
        support.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        support.setId("register-support");
        matches.setId("possible-matches");
        add(section("assisted.support", new FormLayout(reference, notify), look, matches, support, proposalMessage));

        errors = residentErrors(AssistedFormField.class).at(TITLE, title, rules.titleMax())
                .at(TEXT, text, rules.textMax()).at(DISTRICT, district).at(CATEGORY, category)
                .at(PROPOSAL, reference).complete();
        rounds.current().ifPresent(r -> nominationSection(r, prizeRules, clock));
    }

    /** The nomination to the current round: the nominator is the resident above (DD42). */
    private void nominationSection(RoundFacts r, PrizeRules prizeRules, java.time.Clock clock) {
        prizeRound = r;
        boolean english = getLocale().getLanguage().equals("en");
        round.setLabel(getTranslation("assisted.round"));
        round.setValue(getTranslation("assisted.round.value", r.year(),
                Dates.dateTime(r.closesAt(clock.getZone()), getLocale())));
        round.setReadOnly(true);
        nomineeName.setLabel(getTranslation("assisted.nomineeName"));
        nomineeName.setRequired(true);
        kind.setLabel(getTranslation("assisted.kind"));
        kind.setItems(NomineeKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("prize.kind." + k.name()));
        kind.setRequired(true);
        tie.setLabel(getTranslation("assisted.tie"));
        tie.setRequired(true);
        var layout = new FormLayout(round, nomineeName, kind, tie);
        for (var criterion : r.criteria()) {
            var area = new TextArea(getTranslation("assisted.motivation", criterion.title(english)));
            area.setRequired(true);
            motivations.put(criterion.id(), area);
            layout.add(area);
        }
        nomineeKnows.setLabel(getTranslation("assisted.nomineeKnows"));
        nomineeContact.setLabel(getTranslation("assisted.nomineeContact"));
        nominatorEmail.setLabel(getTranslation("assisted.nominatorEmail"));
        nominatorEmail.setHelperText(getTranslation("assisted.nominatorEmail.help"));
        nominatorPhone.setLabel(getTranslation("assisted.nominatorPhone"));
        layout.add(nomineeKnows, nomineeContact, nominatorEmail, nominatorPhone);
        var submit = new Button(getTranslation("assisted.registerNomination"), e -> registerNomination());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("register-nomination");
        add(section("assisted.nomination", new Paragraph(getTranslation("assisted.nomination.intro")), layout, submit));
        nominationErrors = residentErrors(AssistedNominationField.class)
                .at(AssistedNominationField.ROUND, round).at(AssistedNominationField.EMAIL, nominatorEmail).at(AssistedNominationField.PHONE, nominatorPhone)
                .at(AssistedNominationField.NOMINEE_NAME, nomineeName, prizeRules.nameMax())
                .at(AssistedNominationField.KIND, kind).at(AssistedNominationField.TIE, tie, prizeRules.tieMax())
                .atEach(AssistedNominationField.MOTIVATION, motivations, prizeRules.motivationMax())
                .at(AssistedNominationField.NOMINEE_CONTACT, nomineeContact).complete();
    }

    private void registerNomination() {
        errors.clear();
        nominationErrors.clear();
        var texts = new java.util.HashMap<Long, String>();
        motivations.forEach((id, area) -> texts.put(id, area.getValue()));
        var form = new NominationForm(nomineeName.getValue(), kind.getValue(), tie.getValue(), texts,
                nomineeKnows.getValue(), nomineeContact.getValue(), name.getValue(), nominatorEmail.getValue(),
                nominatorPhone.getValue(), consent.getValue());
        var who = new AssistedNominator(channel.getValue(), identifiedBy.getValue(), street.getValue(),
                postcode.getValue(), town.getValue(), language.getValue());
        try {
            String ref = nominations.registerOnBehalf(prizeRound.id(), form, who);
            Notification.show(getTranslation(nominatorEmail.getValue().isBlank()
                    ? "assisted.nominationRegistered" : "assisted.nominationRegisteredByEmail", ref));
            for (var f : List.of(nomineeName, nomineeContact, nominatorEmail, nominatorPhone)) {
                f.clear();
            }
            tie.clear();
            kind.clear();
            nomineeKnows.clear();
            motivations.values().forEach(TextArea::clear);
            clearResident();
        } catch (InvalidInput e) {
            nominationErrors.show(e);
        }
    }

    /**
     * The resident's part of a form's errors: each form names these fields as {@link AssistedChecks} does, so both
     * forms show them at the same inputs with the same limits.
     */
    private <F extends Enum<F> & FormField> FieldErrors.Builder<F> residentErrors(Class<F> fields) {
        return FieldErrors.of(this, fields).at(Enum.valueOf(fields, "CHANNEL"), channel)
                .at(Enum.valueOf(fields, "IDENTIFIED_BY"), identifiedBy, AssistedChecks.IDENTIFIED_BY_MAX)
                .at(Enum.valueOf(fields, "CONSENT"), consent).at(Enum.valueOf(fields, "LANGUAGE"), language)
                .at(Enum.valueOf(fields, "NAME"), name, 80).at(Enum.valueOf(fields, "STREET"), street, 100)
                .at(Enum.valueOf(fields, "POSTCODE"), postcode).at(Enum.valueOf(fields, "TOWN"), town, 40);
    }

    private Section section(String heading, com.vaadin.flow.component.Component... parts) {
        var s = new Section(new H2(getTranslation(heading)));
        s.add(parts);
        return s;
    }

    private AssistedResident resident() {
        return new AssistedResident(channel.getValue(), identifiedBy.getValue(), consent.getValue(), name.getValue(),
                street.getValue(), postcode.getValue(), town.getValue(), language.getValue());
    }

    private void registerProposal() {
        clearNominationErrors();
        errors.clear();
        try {
            String ref = registrations.registerProposal(resident(), title.getValue(), text.getValue(),
                    district.getValue(), category.getValue() == null ? null : category.getValue().code());
            Notification.show(getTranslation("assisted.proposalRegistered", ref));
            title.clear();
            text.clear();
            clearResident();
        } catch (InvalidInput e) {
            errors.show(e);
        }
    }

    private void registerSupport() {
        clearNominationErrors();
        errors.clear();
        try {
            registrations.registerSupport(resident(), reference.getValue(), notify.getValue());
            Notification.show(getTranslation("assisted.supportRegistered", reference.getValue().strip()));
            matches.removeAll();
            clearResident();
        } catch (InvalidInput e) {
            errors.show(e);
        }
    }

    /** The web supporters whose address holds the resident's name: the officer asks before registering (DD40). */
    private void showMatches() {
        matches.removeAll();
        var found = registrations.possibleMatches(reference.getValue(), name.getValue());
        if (found.isEmpty()) {
            matches.add(new ListItem(new Span(getTranslation("assisted.noMatches"))));
        }
        found.forEach(m -> matches.add(new ListItem(m.email())));
    }

    private void clearNominationErrors() {
        if (nominationErrors != null) {
            nominationErrors.clear();
        }
    }

    private void clearResident() {
        identifiedBy.clear();
        consent.clear();
        name.clear();
        street.clear();
        postcode.clear();
        town.clear();
    }
}
