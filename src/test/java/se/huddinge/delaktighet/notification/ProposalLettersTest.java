package se.huddinge.delaktighet.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import se.huddinge.delaktighet.Database;
import se.huddinge.delaktighet.MutableClock;
import se.huddinge.delaktighet.PortalTest;
import se.huddinge.delaktighet.base.i18n.PortalI18n;
import se.huddinge.delaktighet.proposal.Decision;
import se.huddinge.delaktighet.proposal.ProposalCaseService;
import se.huddinge.delaktighet.proposal.ProposalForm;
import se.huddinge.delaktighet.proposal.ProposalJobs;
import se.huddinge.delaktighet.proposal.ProposalRules;
import se.huddinge.delaktighet.proposal.ProposalService;
import se.huddinge.delaktighet.proposal.ProposalStatus;

/**
 * Each step of a proposal's life, driven through the real services, puts the right letter in the right inbox: to
 * the right person, in their language, with the reference in the subject, the dates counted in Swedish working
 * days and written out, and links that work when followed.
 */
@PortalTest
class ProposalLettersTest {

    private static final Locale SV = PortalI18n.SWEDISH;
    private static final Locale EN = PortalI18n.ENGLISH;
    private static final String BASE = "http://localhost:8080/";

    @Autowired
    ProposalService proposals;
    @Autowired
    ProposalCaseService cases;
    @Autowired
    ProposalJobs jobs;
    @Autowired
    ProposalRules rules;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    private final Mailbox mail = new Mailbox();
    private Instant clockBefore;

    @BeforeEach
    void start() {
        Database.clear(jdbc);
        clockBefore = clock.instant();
        mail.start();
    }

    @AfterEach
    void stop() {
        mail.stop();
        clock.setTo(clockBefore);
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_author_confirms_by_link_gets_a_receipt_dated_after_easter_and_withdraws_by_the_other_link() {
        clock.setTo("2026-03-30T09:00:00");
        long id = proposals.submit(form("anna@example.se", "Anna Andersson"), SV);

        var confirm = mail.letterTo("anna@example.se", "Bekräfta din e-postadress");
        assertThat(confirm.subject()).isEqualTo("Bekräfta din e-postadress för ditt förslag ”Fler bänkar i parken”");
        assertThat(confirm.language()).isEqualTo("sv");
        assertThat(confirm.text()).contains("Hej Anna Andersson!", "inom 72 timmar", "08-535 300 00",
                "kontaktcenter@huddinge.se");
        String reference = proposals.confirm(confirm.token("forslag/bekrafta/")).reference();

        var receipt = mail.letterTo("anna@example.se", "Vi har tagit emot");
        assertThat(receipt.subject()).isEqualTo("Vi har tagit emot ditt förslag " + reference);
        // 10 working days from Monday 30 March, Good Friday 3 April and Easter Monday 6 April not counted
        assertThat(asOfficer(() -> cases.get(id).moderationDue())).isEqualTo(LocalDate.of(2026, 4, 15));
        assertThat(receipt.text()).contains("Senast onsdag 15 april 2026 får du besked om vi publicerar det.",
                "Ditt ärendenummer är " + reference, BASE + "forslag/" + reference + "\n", "08-535 300 00");
        assertThat(receipt.html()).contains("<a href=\"" + BASE + "forslag/" + reference + "\"");

        assertThat(proposals.withdraw(receipt.token("forslag/hantera/")).status()).isEqualTo(ProposalStatus.WITHDRAWN);
        var withdrawn = mail.letterTo("anna@example.se", "Du har tagit tillbaka");
        assertThat(withdrawn.subject()).isEqualTo("Du har tagit tillbaka ditt förslag " + reference);
        assertThat(withdrawn.text()).contains("Vi behandlar det inte vidare", "kontaktcenter@huddinge.se");
    }

    @Test
    void a_proposal_confirmed_in_midsummer_week_is_due_after_midsummer_eve() {
        clock.setTo("2026-06-15T10:00:00");
        var p = submitAndConfirm("bo@example.se", SV);

        var receipt = mail.letterTo("bo@example.se", "Vi har tagit emot");
        assertThat(receipt.subject()).contains(p.reference());
        // Monday 15 June + 10 working days, midsommarafton Friday 19 June not counted
        assertThat(receipt.text()).contains("Senast tisdag 30 juni 2026 får du besked");
    }

    @Test
    void a_proposal_not_published_as_similar_gives_the_ground_where_to_turn_the_note_and_the_earlier_proposal() {
        var earlier = submitAndConfirm("cia@example.se", SV);
        asOfficer(() -> cases.publish(earlier.id(), version(earlier.id())));
        var later = submitAndConfirm("dan@example.se", SV);

        asOfficer(() -> cases.reject(later.id(), version(later.id()), "SIMILAR",
                "Samma parkbänkar som i det tidigare förslaget.", earlier.id()));

        var letter = mail.letterTo("dan@example.se", "Vi kan inte publicera");
        var ground = rules.ground("SIMILAR").orElseThrow();
        assertThat(letter.subject()).isEqualTo("Vi kan inte publicera ditt förslag " + later.reference());
        assertThat(letter.text()).contains("Skälet är: " + ground.sv() + ".", ground.explanationSv(),
                "Det här kan du göra i stället: " + ground.turnToSv(),
                "Handläggaren skriver: ”Samma parkbänkar som i det tidigare förslaget.”",
                "Det tidigare förslaget har ärendenummer " + earlier.reference(),
                BASE + "forslag/" + earlier.reference() + "\n",
                "skicka in ett nytt förslag", BASE + "forslag/nytt\n", "08-535 300 00");
        assertThat(mail.letterTo("cia@example.se", "är publicerat").subject())
                .isEqualTo("Ditt förslag " + earlier.reference() + " är publicerat");
    }

    @Test
    void an_english_author_hears_of_publication_threshold_referral_and_decision_in_english_a_swedish_supporter_in_swedish() {
        clock.setTo("2026-03-02T09:00:00");
        var p = submitAndConfirm("eve@example.com", EN);
        var receipt = mail.letterTo("eve@example.com", "We have received your proposal");
        assertThat(receipt.language()).isEqualTo("en");
        assertThat(receipt.text()).contains("By Monday 16 March 2026 at the latest");

        clock.setTo("2026-03-04T09:00:00");
        asOfficer(() -> cases.publish(p.id(), version(p.id())));
        var published = mail.letterTo("eve@example.com", "is published");
        assertThat(published.subject()).isEqualTo("Your proposal " + p.reference() + " is published");
        assertThat(published.language()).isEqualTo("en");
        assertThat(published.text()).contains("Hello Eve Evans,", "until Tuesday 2 June 2026 at 09:00",
                "at least 100 supports", BASE + "forslag/" + p.reference());

        // the first 99 supports are set directly; the hundredth goes the whole way, by its letter's link
        clock.setTo("2026-03-20T12:00:00");
        jdbc.update("update proposal set support_count = ? where id = ?", rules.supportThreshold() - 1, p.id());
        proposals.requestSupport(p.reference(), "fia@example.se", true, SV);
        var support = mail.letterTo("fia@example.se", "Bekräfta ditt stöd");
        assertThat(support.subject()).isEqualTo("Bekräfta ditt stöd för förslaget " + p.reference());
        assertThat(support.text()).contains("inom 72 timmar", "Stödperioden slutar tisdag 2 juni 2026 kl. 09:00");
        assertThat(support.withoutLinks()).doesNotContain("Eve");
        assertThat(proposals.confirmSupport(support.token("stod/bekrafta/")).alreadyCounted()).isFalse();

        var threshold = mail.letterTo("eve@example.com", "has reached 100 supports");
        assertThat(threshold.subject()).isEqualTo("Your proposal " + p.reference() + " has reached 100 supports");
        // Friday 20 March + 20 working days, across Easter
        assertThat(threshold.text()).contains("By Tuesday 21 April 2026 at the latest, we hand the proposal");

        clock.setTo("2026-03-25T10:00:00");
        asOfficer(() -> cases.refer(p.id(), version(p.id()), "NATUR", "NBN 2026/123"));
        var referred = mail.letterTo("eve@example.com", "handed to a committee");
        assertThat(referred.subject()).contains(p.reference());
        assertThat(referred.text()).contains("to " + rules.committee("NATUR").orElseThrow().en() + ".",
                "The case number at the municipality is NBN 2026/123", "decide by Thursday 25 March 2027");

        clock.setTo("2026-09-10T10:00:00");
        asOfficer(() -> cases.decide(p.id(), version(p.id()), Decision.BIFALL, "The benches fit the park plan.",
                LocalDate.of(2026, 9, 8), "NBN 2026-09-08 § 14"));
        var decided = mail.letterTo("eve@example.com", "Decision on your proposal");
        assertThat(decided.subject()).isEqualTo("Decision on your proposal " + p.reference());
        assertThat(decided.text()).contains("has said yes to the proposal", "This is called approval.",
                "The benches fit the park plan.", "meeting on Tuesday 8 September 2026", "NBN 2026-09-08 § 14");

        var toSupporter = mail.letterTo("fia@example.se", "Beslut om förslaget");
        assertThat(toSupporter.language()).isEqualTo("sv");
        assertThat(toSupporter.subject()).isEqualTo("Beslut om förslaget " + p.reference() + " som du stödde");
        assertThat(toSupporter.text()).contains("Natur- och byggnadsnämnden", "har sagt ja till förslaget",
                "tisdag 8 september 2026");
        assertThat(toSupporter.withoutLinks()).doesNotContain("Eve");
    }

    @Test
    void when_support_ends_below_the_threshold_the_author_and_the_supporters_who_asked_are_told() {
        clock.setTo("2026-03-02T09:00:00");
        var p = submitAndConfirm("gun@example.se", SV);
        asOfficer(() -> cases.publish(p.id(), version(p.id())));
        proposals.requestSupport(p.reference(), "hans@example.com", true, EN);
        var hansLink = mail.letterTo("hans@example.com", "Confirm your support");
        assertThat(hansLink.text()).contains("within 72 hours", "Sunday 31 May 2026 at 09:00");
        proposals.confirmSupport(hansLink.token("stod/bekrafta/"));
        proposals.requestSupport(p.reference(), "ida@example.se", false, SV);
        proposals.confirmSupport(mail.letterTo("ida@example.se", "Bekräfta ditt stöd").token("stod/bekrafta/"));

        clock.setTo("2026-05-31T09:00:01");
        jobs.closeEndedSupportPeriods();

        var closed = mail.letterTo("gun@example.se", "Stödperioden för ditt förslag");
        assertThat(closed.subject()).isEqualTo("Stödperioden för ditt förslag " + p.reference() + " är slut");
        assertThat(closed.text()).contains("Förslaget fick 2 stöd. Det behövs 100 stöd",
                "finns kvar på Delaktighetsportalen", "politikerna kan fortfarande ta upp idén",
                BASE + "forslag/" + p.reference());
        var toHans = mail.letterTo("hans@example.com", "did not get enough supports");
        assertThat(toHans.language()).isEqualTo("en");
        assertThat(toHans.text()).contains("received 2 supports", "Thank you for your support");
        // Ida did not ask to hear more: the supporters' letters were written in one batch, Hans's among them, none to her
        assertThat(jdbc.queryForObject("select count(*) from letter where recipient = 'ida@example.se'",
                Integer.class)).isEqualTo(1);
    }

    private record Submitted(long id, String reference) {
    }

    /** Submits a proposal and follows the link in its letter, as the author does. */
    @Test
    void an_address_that_already_supports_is_told_so_only_by_letter_in_the_language_it_asked_in() {
        clock.setTo("2026-03-02T09:00:00");
        var p = submitAndConfirm("eve@example.com", EN);
        asOfficer(() -> cases.publish(p.id(), version(p.id())));
        proposals.requestSupport(p.reference(), "fia@example.se", false, SV);
        proposals.confirmSupport(mail.letterTo("fia@example.se", "Bekräfta ditt stöd").token("stod/bekrafta/"));

        proposals.requestSupport(p.reference(), "  Fia@Example.SE ", true, EN);

        var already = mail.letterTo("fia@example.se", "is already counted");
        assertThat(already.subject()).isEqualTo("Your support for the proposal " + p.reference() + " is already counted");
        assertThat(already.text()).contains("The address already supports the proposal", "The proposal has 1 supports",
                BASE + "forslag/" + p.reference()).doesNotContain("stod/bekrafta/", "Eve");
        assertThat(jdbc.queryForObject("select count(*) from support", Integer.class)).isOne();
        assertThat(jdbc.queryForObject("select notify_on_decision from support", Boolean.class))
                .as("asking again without the link changes nothing about the support").isFalse();
    }

    private Submitted submitAndConfirm(String email, Locale locale) {
        String name = email.startsWith("eve") ? "Eve Evans" : "Test Testsson";
        long id = proposals.submit(form(email, name), locale);
        var letter = mail.letterTo(email, locale == EN ? "Confirm your e-mail address" : "Bekräfta din e-postadress");
        return new Submitted(id, proposals.confirm(letter.token("forslag/bekrafta/")).reference());
    }

    private static ProposalForm form(String email, String name) {
        return new ProposalForm("Fler bänkar i parken", "Ställ fler bänkar i Flemingsbergsparken så att fler kan vila.",
                "Flemingsberg", "parker", name, email, true, true, List.of());
    }

    private long version(long id) {
        return asOfficer(() -> cases.get(id).version());
    }

    /** Does what a signed-in officer does; nests (the version is read inside a step). */
    private static <T> T asOfficer(Supplier<T> action) {
        var before = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("officer", null,
                List.of(new SimpleGrantedAuthority("ROLE_OFFICER"))));
        try {
            return action.get();
        } finally {
            if (before == null) {
                SecurityContextHolder.clearContext();
            } else {
                SecurityContextHolder.getContext().setAuthentication(before);
            }
        }
    }
}
