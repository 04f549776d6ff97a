package se.huddinge.delaktighet.nomination;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import se.huddinge.delaktighet.MutableClock;
import se.huddinge.delaktighet.SentLinks;
import se.huddinge.delaktighet.nomination.NominationEvents.NominationSubmitted;
import se.huddinge.delaktighet.proposal.ProposalFixtures;

/** Rounds and nominations that pass every rule, for the prize's tests. */
public final class PrizeFixtures {

    public static final String NOMINATOR = "nina@example.se";

    /** The nomination {@link #inReview} makes: its nominee, a motivation, and every contact detail it has. */
    public static final String CONTACTED_NOMINEE = "Vårby Dialog";
    public static final String MOTIVATION = "Har ordnat medborgardialoger i Vårby i tio år.";
    public static final String CONTACTED_NOMINATOR = "nina.nominerare@example.se";
    public static final String NOMINATOR_NAME = "Nina Nominerare";
    public static final String NOMINATOR_PHONE = "070-555 12 34";
    public static final String NOMINEE_CONTACT = "kontakt@vardbydialog.example.se";

    /** A round and a nomination in it that counts. */
    public record InReview(long round, long nomination) {
    }

    private PrizeFixtures() {
    }

    /** Huddinge's scheme: open from 1 June, deadline 20 August 23:59, award day 23 October, two criteria. */
    public static RoundForm round(int year) {
        return new RoundForm(null, year, LocalDate.of(year, 2, 11), "Beredningen beslutade formen.",
                "Stärker demokratin i Huddinge.", "Strengthens democracy in Huddinge.",
                List.of(new RoundForm.Criterion(null, "Delaktighet", "Participation", "Ökar delaktigheten.",
                                "Increases participation."),
                        new RoundForm.Criterion(null, "Fler röster", "More voices", "Ger fler en röst.",
                                "Gives more people a voice.")),
                25_000, 2, LocalDate.of(year, 6, 1), LocalDateTime.of(year, 6, 1, 0, 0),
                LocalDateTime.of(year, 8, 20, 23, 59), LocalDate.of(year, 10, 23), "Huddinge kommunhus",
                LocalDate.of(year, 9, 20), false, 12, "");
    }

    /** A nomination that passes every rule, answering each criterion of {@code round}. */
    public static NominationForm nomination(RoundFacts round, String nominee, String email) {
        var motivations = new java.util.LinkedHashMap<Long, String>();
        round.criteria().forEach(c -> motivations.put(c.id(), "Har ordnat medborgardialoger i Vårby i tio år."));
        return new NominationForm(nominee, NomineeKind.ASSOCIATION, "Verksam i Vårby sedan 2010.",
                Map.copyOf(motivations), true, null, "Nina Nominerare", email, "", true);
    }

    /**
     * A round of 2026 whose nominations have closed (the clock is left at 1 September 2026), with one confirmed
     * nomination that has every contact detail ({@link #CONTACTED_NOMINATOR}, {@link #NOMINATOR_PHONE},
     * {@link #NOMINEE_CONTACT}), its receipt written. The test class records events ({@code @RecordApplicationEvents}).
     */
    public static InReview inReview(PrizeRounds rounds, NominationService nominations, ApplicationEvents events,
                                    MutableClock clock, JdbcTemplate jdbc) {
        var round = ProposalFixtures.as("admin", () -> rounds.create(round(2026)), "ADMIN");
        clock.setTo("2026-06-15T10:00:00");
        var motivations = new java.util.LinkedHashMap<Long, String>();
        round.criteria().forEach(c -> motivations.put(c.id(), MOTIVATION));
        long id = nominations.submit(round.id(), new NominationForm(CONTACTED_NOMINEE, NomineeKind.ASSOCIATION,
                "Verksam i Vårby sedan 2010.", Map.copyOf(motivations), true, NOMINEE_CONTACT, NOMINATOR_NAME,
                CONTACTED_NOMINATOR, NOMINATOR_PHONE, true), java.util.Locale.of("sv"));
        nominations.confirm(SentLinks.token(events.stream(NominationSubmitted.class).reduce((a, b) -> b)
                .orElseThrow().confirmLink()));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from letter where recipient = ?", Integer.class, CONTACTED_NOMINATOR) == 2);
        clock.setTo("2026-09-01T10:00:00");
        return new InReview(round.id(), id);
    }

    /** Fills in the nomination form (the page open at {@code demokratipriset/nominera}) as a resident would, validly. */
    public static void fillNominationForm() {
        _setValue(_get(TextField.class, s -> s.withLabel("Namn på den du nominerar")), "Föreningen Vårby Röster");
        _setValue(_get(RadioButtonGroup.class, s -> s.withLabel("Vem är det?")), NomineeKind.ASSOCIATION);
        _setValue(_get(TextArea.class, s -> s.withLabel("Anknytning till Huddinge")), "Verksam i Vårby sedan 2010.");
        _setValue(_get(TextArea.class, s -> s.withLabel("Delaktighet")), "Ordnar medborgardialoger varje månad.");
        _setValue(_get(TextArea.class, s -> s.withLabel("Fler röster")), "Tolkar till fem språk.");
        _setValue(_get(TextField.class, s -> s.withLabel("Ditt namn")), "Nina Nominerare");
        _setValue(_get(EmailField.class, s -> s.withLabel("Din e-postadress")), PrizeFixtures.NOMINATOR);
        _setValue(_get(Checkbox.class, s -> s.withLabel(
                "Jag godkänner att kommunen behandlar mina och den nominerades uppgifter för att hantera Demokratipriset")), true);
    }
}
