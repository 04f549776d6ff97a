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
import se.huddinge.delaktighet.base.Channel;
import se.huddinge.delaktighet.base.form.InvalidInput;
import se.huddinge.delaktighet.base.ui.FieldErrors;
import se.huddinge.delaktighet.base.ui.PortalPage;
import se.huddinge.delaktighet.proposal.AssistedFormField;
import se.huddinge.delaktighet.proposal.AssistedRegistrations;
import se.huddinge.delaktighet.proposal.AssistedResident;
import se.huddinge.delaktighet.proposal.ProposalRules;
import se.huddinge.delaktighet.security.SignedIn;
import se.huddinge.delaktighet.security.StaffRole;

/**
 * A proposal or a support that came on paper, by phone or at the service centre, registered by an officer on the
 * resident's behalf (DD40): the resident (channel, identification, consent, postal address, language) once, then
 * either the proposal or the proposal to support. Before a support, the officer sees the web supporters whose
 * address holds the resident's name, to ask whether they already supported by e-mail.
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

    AssistedView(AssistedRegistrations registrations, ProposalRules rules, SignedIn signedIn) {
        super("assisted.title");
        this.registrations = registrations;
        add(new ReviewNav("granskning/registrera", signedIn));
        add(new Paragraph(getTranslation("assisted.intro")));
        channel.setLabel(getTranslation("assisted.channel"));
        channel.setItems(Channel.ASSISTED);
        channel.setItemLabelGenerator(c -> getTranslation("assisted.channel." + c.name()));
        channel.setRequired(true);
        identifiedBy.setLabel(getTranslation("assisted.identifiedBy"));
        identifiedBy.setHelperText(getTranslation("assisted.identifiedBy.help"));
        identifiedBy.setMaxLength(200);
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

        errors = FieldErrors.of(this, AssistedFormField.class).at(CHANNEL, channel).at(IDENTIFIED_BY, identifiedBy, 200)
                .at(CONSENT, consent).at(LANGUAGE, language).at(NAME, name, 80).at(STREET, street, 100)
                .at(POSTCODE, postcode).at(TOWN, town, 40).at(TITLE, title, rules.titleMax())
                .at(TEXT, text, rules.textMax()).at(DISTRICT, district).at(CATEGORY, category)
                .at(PROPOSAL, reference).complete();
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

    private void clearResident() {
        identifiedBy.clear();
        consent.clear();
        name.clear();
        street.clear();
        postcode.clear();
        town.clear();
    }
}
