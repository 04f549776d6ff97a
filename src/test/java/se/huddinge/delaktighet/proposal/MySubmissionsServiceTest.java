package se.huddinge.delaktighet.proposal;

import se.huddinge.delaktighet.SentLinks;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.huddinge.delaktighet.proposal.Proposals.asOfficer;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.huddinge.delaktighet.base.Tokens;
import se.huddinge.delaktighet.base.form.InvalidInput;
import se.huddinge.delaktighet.base.i18n.PortalI18n;
import se.huddinge.delaktighet.proposal.MySubmissionsService.TooManyRequests;
import se.huddinge.delaktighet.proposal.ProposalException.Reason;

/**
 * "Mina inskick" through the real services on MariaDB: the one-time link, its expiry (the clock is moved), the rate
 * limit per address, and a list that holds the address's own proposals and supports and nobody else's.
 */
class MySubmissionsServiceTest extends ProposalServiceTestBase {

    private static final Locale SV = PortalI18n.SWEDISH;
    private static final String ASA = "asa.oberg@example.se";

    @Autowired
    MySubmissionsService mine;

    @Test
    void the_list_holds_what_the_address_wrote_in_any_state_and_supported_and_nothing_of_anyone_else() {
        // Åsa (Proposals.form's author) writes three proposals; one of them waits for her confirmation
        var moderated = proposals.inModeration("Bänkar vid Trehörningen");
        clock.advance(Duration.ofMinutes(1));
        var published = proposals.published("Belysning i Sjödalsparken");
        clock.advance(Duration.ofMinutes(1));
        proposals.submit("Ett förslag hon inte har bekräftat");
        // Bo writes two; Åsa supports one of them and only asks to support the other
        clock.advance(Duration.ofMinutes(1));
        var bos = proposals.published(Proposals.form("Fler papperskorgar", "bo@example.se"));
        clock.advance(Duration.ofMinutes(1));
        var bosOther = proposals.published(Proposals.form("Hundrastgård i Visättra", "bo@example.se"));
        proposals.support(bos, "Asa.Oberg@example.se");
        service.requestSupport(bosOther.reference(), ASA, false, SV);
        // Åsa supports her own, too: it is listed once, as hers
        proposals.support(published, ASA);
        proposals.support(bosOther, "cia@example.se");

        MySubmissions list = mine.list(mine.open(linkFor(" ASA.Oberg@Example.se ")));

        assertThat(list.email()).isEqualTo(ASA);
        assertThat(list.submitted()).extracting(MySubmissions.Item::title).containsExactly(
                "Ett förslag hon inte har bekräftat", "Belysning i Sjödalsparken", "Bänkar vid Trehörningen");
        var unconfirmed = list.submitted().get(0);
        assertThat(unconfirmed.reference()).isNull();
        assertThat(unconfirmed.status()).isEqualTo(ProposalStatus.SUBMITTED);
        assertThat(unconfirmed.date()).as("the last day to confirm: 72 hours on").isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(unconfirmed.lapsed()).isFalse();
        var open = list.submitted().get(1);
        assertThat(open.reference()).isEqualTo(published.reference());
        assertThat(open.status()).isEqualTo(ProposalStatus.PUBLISHED);
        assertThat(open.date()).as("90 days of support").isEqualTo(LocalDate.of(2026, 5, 31));
        assertThat(open.supportCount()).isEqualTo(1);
        var inModeration = list.submitted().get(2);
        assertThat(inModeration.status()).isEqualTo(ProposalStatus.IN_MODERATION);
        assertThat(inModeration.date()).as("10 working days").isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(inModeration.reference()).isEqualTo(moderated.reference());

        assertThat(list.supported()).extracting(MySubmissions.Item::reference).containsExactly(bos.reference());

        var bo = mine.list(mine.open(linkFor("bo@example.se")));
        assertThat(bo.submitted()).extracting(MySubmissions.Item::reference)
                .containsExactly(bosOther.reference(), bos.reference());
        assertThat(bo.supported()).isEmpty();
    }

    @Test
    void each_state_has_its_next_step_date_and_a_lapsed_confirmation_is_told() {
        var referred = proposals.published(Proposals.form("Konstgräs på Källbrink", "asa@example.se"));
        for (int i = 0; i < rules.supportThreshold(); i++) {
            proposals.support(referred, "boende" + i + "@example.se");
        }
        clock.advance(Duration.ofMinutes(1));
        var rejected = proposals.inModeration(Proposals.form("Ett klagomål", "asa@example.se"));
        asOfficer(() -> {
            cases.reject(rejected.id(), cases.get(rejected.id()).version(), "OPINION", null, null);
            cases.refer(referred.id(), cases.get(referred.id()).version(), "NATUR", "NBN 2026/12");
        });
        clock.advance(Duration.ofMinutes(1));
        service.submit(Proposals.form("För sent bekräftat", "asa@example.se"), SV);
        clock.advance(Duration.ofHours(73));

        var list = mine.list(mine.open(linkFor("asa@example.se")));

        assertThat(list.submitted()).extracting(MySubmissions.Item::status).containsExactly(
                ProposalStatus.SUBMITTED, ProposalStatus.NOT_PUBLISHED, ProposalStatus.REFERRED);
        assertThat(list.submitted().get(0).lapsed()).isTrue();
        assertThat(list.submitted().get(1).ground()).isEqualTo("OPINION");
        assertThat(list.submitted().get(1).date()).isEqualTo(LocalDate.of(2026, 3, 2));
        var item = list.submitted().get(2);
        assertThat(item.committee()).isEqualTo("NATUR");
        assertThat(item.date()).as("a decision expected within 12 months").isEqualTo(LocalDate.of(2027, 3, 2));
        assertThat(item.supportCount()).isEqualTo(rules.supportThreshold());
    }

    @Test
    void a_link_works_once() {
        proposals.submit("Ett förslag");
        String token = linkFor(ASA);

        assertThat(mine.problem(token)).isEmpty();
        assertThat(mine.open(token).email()).isEqualTo(ASA);

        assertThat(mine.problem(token)).contains(Reason.LINK_USED);
        assertThatThrownBy(() -> mine.open(token)).extracting(e -> ((ProposalException) e).reason())
                .isEqualTo(Reason.LINK_USED);
    }

    @Test
    void a_link_expires_after_the_setting_24_hours_by_default() {
        assertThat(rules.mySubmissionsLinkValidity()).isEqualTo(Duration.ofHours(24));
        proposals.submit("Ett förslag");
        String lastMoment = linkFor(ASA);
        String late = linkFor(ASA);

        clock.advance(Duration.ofHours(24));
        assertThat(mine.problem(late)).isEmpty();
        assertThat(mine.open(lastMoment).email()).isEqualTo(ASA);

        clock.advance(Duration.ofSeconds(1));
        assertThat(mine.problem(late)).contains(Reason.LINK_EXPIRED);
        assertThatThrownBy(() -> mine.open(late)).extracting(e -> ((ProposalException) e).reason())
                .isEqualTo(Reason.LINK_EXPIRED);
    }

    @Test
    void a_link_is_256_random_bits_stored_only_as_its_hash_and_no_other_token_opens_the_list() {
        long id = proposals.submit("Ett förslag");
        String token = linkFor(ASA);

        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        // the letter mints its own token too; a link's two latest tokens work (OneTimeLink)
        assertThat(jdbc.queryForObject("select count(*) from access_link where purpose = 'MY_SUBMISSIONS' "
                + "and (token_hash = ? or previous_token_hash = ?)", Integer.class, Tokens.hash(token),
                Tokens.hash(token))).isOne();
        assertThat(jdbc.queryForObject("select count(*) from access_link where token_hash = ? or email = ?",
                Integer.class, token, token)).isZero();

        for (String wrong : new String[] {Tokens.newToken(), token.substring(1), "", null, proposals.confirmToken(id)}) {
            assertThat(mine.problem(wrong)).as(wrong).contains(Reason.LINK_INVALID);
            assertThatThrownBy(() -> mine.open(wrong)).extracting(e -> ((ProposalException) e).reason())
                    .isEqualTo(Reason.LINK_INVALID);
        }
        assertThatThrownBy(() -> service.confirm(token)).extracting(e -> ((ProposalException) e).reason())
                .as("nor does the link confirm anything else").isEqualTo(Reason.LINK_INVALID);
        assertThat(mine.open(token).email()).isEqualTo(ASA);
    }

    @Test
    void an_address_with_nothing_gets_the_same_answer_and_a_letter_without_a_link() {
        proposals.submit("Ett förslag");

        mine.requestLink("nobody@example.se", SV);
        mine.requestLink(ASA, Locale.ENGLISH);

        var requests = events.stream(MySubmissionsLinkRequested.class).toList();
        assertThat(requests).extracting(MySubmissionsLinkRequested::email).containsExactly("nobody@example.se", ASA);
        assertThat(requests).extracting(MySubmissionsLinkRequested::found).containsExactly(false, true);
        assertThat(requests).extracting(MySubmissionsLinkRequested::language).containsExactly("sv", "en");
        assertThat(requests.get(0).requestId()).isNotEqualTo(requests.get(1).requestId());
        assertThat(jdbc.queryForObject("select count(*) from access_link where purpose = 'MY_SUBMISSIONS'",
                Integer.class)).as("no link for an address with nothing").isEqualTo(1);
        assertThat(jdbc.queryForList("select address_hash from address_request", String.class))
                .as("the rate limit keeps no address").doesNotContain(ASA, "nobody@example.se")
                .contains(Tokens.hash(ASA));
    }

    @Test
    void a_malformed_address_is_refused_at_the_field() {
        assertThatThrownBy(() -> mine.requestLink("inte en adress", SV))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).containsEntry("email", "email"));
        assertThatThrownBy(() -> mine.requestLink(" ", SV))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).containsEntry("email", "required"));
        assertThat(events.stream(MySubmissionsLinkRequested.class)).isEmpty();
    }

    @Test
    void an_address_gets_at_most_three_links_an_hour_counted_over_the_last_hour() {
        assertThat(rules.mySubmissionsMaxLinks()).isEqualTo(3);
        assertThat(rules.mySubmissionsWindow()).isEqualTo(Duration.ofHours(1));
        mine.requestLink(ASA, SV);
        clock.advance(Duration.ofMinutes(10));
        mine.requestLink("Asa.Oberg@Example.se", SV);
        clock.advance(Duration.ofMinutes(10));
        mine.requestLink(ASA, SV);
        clock.advance(Duration.ofMinutes(10));

        assertThatThrownBy(() -> mine.requestLink(" ASA.OBERG@EXAMPLE.SE", SV))
                .isInstanceOfSatisfying(TooManyRequests.class, e -> {
                    assertThat(e.max()).isEqualTo(3);
                    assertThat(e.retryAt()).as("when the first of the hour drops out")
                            .isEqualTo(clock.instant().minus(Duration.ofMinutes(30)).plus(Duration.ofHours(1)));
                });
        assertThat(events.stream(MySubmissionsLinkRequested.class)).hasSize(3);
        mine.requestLink("bo@example.se", SV);

        clock.advance(Duration.ofMinutes(30).minusSeconds(1));
        assertThatThrownBy(() -> mine.requestLink(ASA, SV)).as("a second before the first drops out")
                .isInstanceOf(TooManyRequests.class);
        clock.advance(Duration.ofSeconds(1));
        mine.requestLink(ASA, SV);
        assertThatThrownBy(() -> mine.requestLink(ASA, SV)).isInstanceOfSatisfying(TooManyRequests.class,
                e -> assertThat(e.retryAt()).as("the second of the hour drops out next")
                        .isEqualTo(clock.instant().plus(Duration.ofMinutes(10))));
        assertThat(events.stream(MySubmissionsLinkRequested.class)).hasSize(5);
    }

    @Test
    void parallel_requests_for_one_address_from_many_threads_get_three_letters_no_more() throws Exception {
        var pool = Executors.newFixedThreadPool(8);
        var start = new CountDownLatch(1);
        List<Future<?>> results = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            results.add(pool.submit(() -> {
                start.await();
                mine.requestLink(ASA, SV);
                return null;
            }));
        }
        start.countDown();
        int sent = 0;
        int refused = 0;
        for (var result : results) {
            try {
                result.get(60, TimeUnit.SECONDS);
                sent++;
            } catch (ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(TooManyRequests.class);
                refused++;
            }
        }
        pool.shutdown();

        assertThat(sent).isEqualTo(3);
        assertThat(refused).isEqualTo(9);
        assertThat(jdbc.queryForObject("select count(*) from address_request", Integer.class)).isEqualTo(3);
    }

    @Test
    void addresses_are_forgotten_once_the_limit_and_the_links_no_longer_need_them() {
        proposals.submit("Ett förslag");
        linkFor(ASA);
        clock.advance(Duration.ofHours(2));
        mine.forgetOld();
        assertThat(jdbc.queryForObject("select count(*) from address_request", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from address_lock", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from access_link where email is not null", Integer.class))
                .as("a link is kept a week after it expires, to say it expired").isEqualTo(1);

        clock.advance(Duration.ofDays(8));
        mine.forgetOld();
        assertThat(jdbc.queryForObject("select count(*) from access_link where email is not null", Integer.class))
                .isZero();
    }

    private String linkFor(String email) {
        mine.requestLink(email, SV);
        return SentLinks.token(events.stream(MySubmissionsLinkRequested.class).reduce((a, b) -> b).orElseThrow().link());
    }
}
