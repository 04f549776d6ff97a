package se.huddinge.delaktighet.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import se.huddinge.delaktighet.Database;
import se.huddinge.delaktighet.MutableClock;
import se.huddinge.delaktighet.PortalTest;
import se.huddinge.delaktighet.base.i18n.PortalI18n;
import se.huddinge.delaktighet.nomination.NominationService;
import se.huddinge.delaktighet.nomination.PrizeFixtures;
import se.huddinge.delaktighet.nomination.PrizeRounds;
import se.huddinge.delaktighet.proposal.Decision;
import se.huddinge.delaktighet.proposal.ProposalCaseService;
import se.huddinge.delaktighet.proposal.ProposalFixtures;
import se.huddinge.delaktighet.proposal.ProposalForm;
import se.huddinge.delaktighet.proposal.ProposalRules;
import se.huddinge.delaktighet.proposal.ProposalService;

/**
 * A resident who wrote in Finnish hears in Finnish (issue 22; SFS 2009:724 gives the right to decisions in writing in
 * Finnish): the link, the receipt and the committee's decision, with the dates, the committee's name and the words of
 * the decision in Finnish; a nominator who nominated in Finnish gets the prize's letters in Finnish. A Swedish
 * supporter of the same proposal still hears in Swedish.
 */
@PortalTest
class FinnishLettersTest {

    private static final String BASE = "http://localhost:8080/";

    @Autowired
    ProposalService proposals;
    @Autowired
    ProposalCaseService cases;
    @Autowired
    ProposalRules rules;
    @Autowired
    NominationService nominations;
    @Autowired
    PrizeRounds rounds;
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
    void a_finnish_author_gets_the_link_the_receipt_and_the_decision_in_finnish_a_swedish_supporter_in_swedish() {
        clock.setTo("2026-03-30T09:00:00");
        long id = proposals.submit(form("aino@example.fi", "Aino Virtanen"), PortalI18n.FINNISH);

        var confirm = mail.letterTo("aino@example.fi", "Vahvista sähköpostiosoitteesi");
        assertThat(confirm.language()).isEqualTo("fi");
        assertThat(confirm.subject()).isEqualTo("Vahvista sähköpostiosoitteesi aloitettasi ”Fler bänkar i parken” varten");
        assertThat(confirm.text()).contains("Hei Aino Virtanen!", "72 tunnin kuluessa", "08-535 300 00");
        assertThat(confirm.withoutLinks()).doesNotContain("Hej", "Bekräfta", "timmar");
        assertThat(confirm.html()).contains("lang=\"fi\"");
        String reference = proposals.confirm(confirm.token("forslag/bekrafta/")).reference();

        var receipt = mail.letterTo("aino@example.fi", "Olemme vastaanottaneet");
        assertThat(receipt.subject()).isEqualTo("Olemme vastaanottaneet aloitteesi " + reference);
        // 10 working days from Monday 30 March 2026, Good Friday and Easter Monday not counted: Wednesday 15 April
        assertThat(receipt.text()).contains("Saat viimeistään keskiviikkona 15. huhtikuuta 2026 tiedon siitä, "
                        + "julkaisemmeko sen.", "Asianumerosi on " + reference, BASE + "forslag/" + reference + "\n",
                "Ystävällisin terveisin").doesNotContain("Senast", "onsdag", "april 2026");

        clock.setTo("2026-04-01T09:00:00");
        asOfficer(() -> cases.publish(id, version(id)));
        assertThat(mail.letterTo("aino@example.fi", "on julkaistu").text())
                .contains("kunnes kannatusaika päättyy tiistaina 30. kesäkuuta 2026 klo 09.00", "vähintään 100 kannatusta");
        // the first 99 supports are set directly; the hundredth, a Swedish supporter's, goes the whole way
        jdbc.update("update proposal set support_count = ? where id = ?", rules.supportThreshold() - 1, id);
        proposals.requestSupport(reference, "sven@example.se", true, PortalI18n.SWEDISH);
        proposals.confirmSupport(mail.letterTo("sven@example.se", "Bekräfta ditt stöd").token("stod/bekrafta/"));
        assertThat(mail.letterTo("aino@example.fi", "on saanut 100 kannatusta").text())
                .contains("Onnea! Aloitteesi ”Fler bänkar i parken” on saanut 100 kannatusta.");

        clock.setTo("2026-05-04T10:00:00");
        asOfficer(() -> cases.refer(id, version(id), "NATUR", "NBN 2026/123"));
        var referred = mail.letterTo("aino@example.fi", "on annettu lautakunnalle");
        assertThat(referred.text()).contains("Sen käsittelee Luonto- ja rakennuslautakunta",
                "Asian diaarinumero kunnassa on NBN 2026/123");

        clock.setTo("2026-09-10T10:00:00");
        asOfficer(() -> cases.decide(id, version(id), Decision.BIFALL, "Penkit sopivat puiston suunnitelmaan.",
                LocalDate.of(2026, 9, 8), "NBN 2026-09-08 § 14"));
        var decided = mail.letterTo("aino@example.fi", "Päätös aloitteestasi");
        assertThat(decided.language()).isEqualTo("fi");
        assertThat(decided.subject()).isEqualTo("Päätös aloitteestasi " + reference);
        assertThat(decided.text()).contains("Lautakunta on sanonut kyllä aloitteelle ”Fler bänkar i parken”.",
                        "Sitä kutsutaan hyväksymiseksi.", "Päätöksen teki Luonto- ja rakennuslautakunta",
                        "kokouksessa tiistaina 8. syyskuuta 2026", "Penkit sopivat puiston suunnitelmaan.",
                        "pöytäkirjassa NBN 2026-09-08 § 14")
                .doesNotContain("Nämnden", "bifall", "tisdag");

        var toSupporter = mail.letterTo("sven@example.se", "Beslut om förslaget");
        assertThat(toSupporter.language()).isEqualTo("sv");
        assertThat(toSupporter.text()).contains("har sagt ja till förslaget", "tisdag 8 september 2026")
                .doesNotContain("Aino", "lautakunta");
    }

    @Test
    void a_finnish_nominator_gets_the_link_and_the_receipt_in_finnish_and_a_late_one_the_refusal_in_finnish() {
        clock.setTo("2027-03-01T09:00:00");
        var round = rounds.create(PrizeFixtures.round(2027));
        clock.setTo("2027-08-20T21:00:00");
        nominations.submit(round.id(), PrizeFixtures.nomination(round, "Föreningen Vårby Röster",
                PrizeFixtures.NOMINATOR), PortalI18n.FINNISH);
        var link = mail.letterTo(PrizeFixtures.NOMINATOR, "Vahvista ehdotuksesi");
        assertThat(link.language()).isEqualTo("fi");
        assertThat(link.subject()).isEqualTo("Vahvista ehdotuksesi Demokratiapalkinnon 2027 saajaksi");
        assertThat(link.text()).contains("Ehdotusaika päättyy perjantaina 20. elokuuta 2027 klo 23.59.");

        nominations.confirm(link.token("demokratipriset/bekrafta/"));
        var receipt = mail.letterTo(PrizeFixtures.NOMINATOR, "DP-2027-0001");
        assertThat(receipt.subject()).isEqualTo("Olemme vastaanottaneet ehdotuksesi DP-2027-0001");
        assertThat(receipt.text()).contains("Ehdotit: Föreningen Vårby Röster.",
                "Palkinto jaetaan lauantaina 23. lokakuuta 2027. Paikka: Huddinge kommunhus.");
        assertThat(receipt.withoutLinks()).doesNotContain("Hej", "nominering");

        nominations.submit(round.id(), PrizeFixtures.nomination(round, "Glömsta Ungdomsråd", "myohassa@example.fi"),
                PortalI18n.FINNISH);
        String late = mail.letterTo("myohassa@example.fi", "Vahvista ehdotuksesi").token("demokratipriset/bekrafta/");
        clock.setTo("2027-08-21T00:00:00");
        nominations.confirm(late);
        var tooLate = mail.letterTo("myohassa@example.fi", "liian myöhään");
        assertThat(tooLate.subject()).isEqualTo("Ehdotuksesi Demokratiapalkinnon 2027 saajaksi tuli liian myöhään");
        assertThat(tooLate.text()).contains("kun ehdotusaika päättyi perjantaina 20. elokuuta 2027 klo 23.59",
                "Siksi ehdotusta ei oteta huomioon");
    }

    private static ProposalForm form(String email, String name) {
        return new ProposalForm("Fler bänkar i parken", "Ställ fler bänkar i Flemingsbergsparken så att fler kan vila.",
                "Flemingsberg", "parker", name, email, true, true, List.of());
    }

    private long version(long id) {
        return asOfficer(() -> cases.get(id).version());
    }

    private static <T> T asOfficer(Supplier<T> action) {
        return ProposalFixtures.as("officer", action, "OFFICER");
    }
}
