package se.huddinge.delaktighet.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.huddinge.delaktighet.proposal.Proposals.asOfficer;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.huddinge.delaktighet.MutableClock;
import se.huddinge.delaktighet.base.form.InvalidInput;
import se.huddinge.delaktighet.proposal.ProposalException.Reason;

/** The rules of the scheme, through the real services on MariaDB, with the clock moved instead of waiting. */
class ProposalLifecycleTest extends ProposalServiceTestBase {

    @Autowired
    ProposalJobs jobs;
    @Autowired
    ProposalFollows follows;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void a_proposal_counts_only_once_its_email_link_is_followed_and_then_gets_a_reference_number() {
        long id = proposals.submit("Fler bänkar vid Trehörningen");
        assertThat(jdbc.queryForObject("select status from proposal where id = ?", String.class, id)).isEqualTo("SUBMITTED");
        assertThat(reads.search(ProposalFilter.all(), org.springframework.data.domain.PageRequest.of(0, 10))).isEmpty();

        var confirmed = service.confirm(proposals.confirmToken(id));

        assertThat(confirmed.reference()).isEqualTo("HF-2026-0001");
        assertThat(confirmed.status()).isEqualTo(ProposalStatus.IN_MODERATION);
        // 10 working days from Monday 2 March 2026
        assertThat(confirmed.moderationDue()).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(jdbc.queryForObject("select author_email from proposal where id = ?", String.class, id))
                .as("the address is normalised").isEqualTo("asa.oberg@example.se");
        assertThat(proposals.inModeration("Ett andra förslag").reference()).isEqualTo("HF-2026-0002");
    }

    @Test
    void a_confirmation_link_works_once_and_for_72_hours() {
        long used = proposals.submit("Ett förslag");
        String token = proposals.confirmToken(used);
        service.confirm(token);
        assertThatThrownBy(() -> service.confirm(token)).extracting(e -> ((ProposalException) e).reason())
                .isEqualTo(Reason.LINK_USED);

        long late = proposals.submit("Ett sent förslag");
        clock.advance(Duration.ofHours(72).plusSeconds(1));
        assertThatThrownBy(() -> service.confirm(proposals.confirmToken(late)))
                .extracting(e -> ((ProposalException) e).reason()).isEqualTo(Reason.LINK_EXPIRED);
        assertThat(jdbc.queryForObject("select status from proposal where id = ?", String.class, late)).isEqualTo("SUBMITTED");

        assertThatThrownBy(() -> service.confirm("gissad-lank")).extracting(e -> ((ProposalException) e).reason())
                .isEqualTo(Reason.LINK_INVALID);
    }

    @Test
    void the_title_may_have_100_characters_and_an_emoji_counts_as_one() {
        String hundred = "😀" + "a".repeat(99);
        assertThat(proposals.submit(hundred)).isPositive();

        var tooLong = Proposals.form("a".repeat(101));
        assertThatThrownBy(() -> service.submit(tooLong, Locale.of("sv"))).isInstanceOf(InvalidInput.class)
                .extracting(e -> ((InvalidInput) e).problems()).isEqualTo(java.util.Map.of("title", "tooLong"));
        assertThat(jdbc.queryForObject("select count(*) from proposal", Integer.class)).isEqualTo(1);
    }

    @Test
    void one_support_per_address_however_it_is_written() {
        var p = proposals.published("Belysning på gångvägen");
        service.requestSupport(p.reference(), "Bo@Example.se", false, Locale.of("sv"));
        service.requestSupport(p.reference(), "  bo@example.SE ", true, Locale.of("sv"));
        assertThat(jdbc.queryForObject("select count(*) from support", Integer.class)).isEqualTo(1);

        service.confirmSupport(proposals.supportToken(p.id()));
        service.requestSupport(p.reference(), "bo@example.se", false, Locale.of("sv"));
        assertThat(reads.findPublic(p.reference()).orElseThrow().supportCount()).isEqualTo(1);
    }

    /**
     * A support journey publishes one event, the one whose letter the registry stores (DD46): asking for the link.
     * Counting it publishes nothing (no letter follows a counted support), so Modulith resolves no listeners for it.
     */
    @Test
    void a_support_journey_publishes_only_the_request_for_its_link() {
        var p = proposals.published("Bänkar vid Trångsundsskolan");
        events.clear();

        service.requestSupport(p.reference(), "journey@example.se", false, Locale.of("sv"));
        service.confirmSupport(proposals.supportToken(p.id()));

        assertThat(events.stream(Object.class).filter(e -> e.getClass().getPackageName().startsWith("se.huddinge"))
                .map(e -> e.getClass().getSimpleName()).toList()).containsExactly("SupportRequested");
        assertThat(reads.findPublic(p.reference()).orElseThrow().supportCount()).isEqualTo(1);
    }

    /**
     * Two requests by one address at the same moment (two tabs, a double click): the second waited for the proposal's
     * lock while the first wrote its row. Its transaction began before, so only a locked read shows it that row; it
     * uses it, and the unique key never refuses a second one.
     */
    @Test
    void a_second_request_by_the_same_address_at_the_same_moment_finds_the_first_ones_row() {
        var p = proposals.published("Bänkar vid sjön");
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            // the transaction has read before the other request commits: what it reads unlocked is as of now
            jdbc.queryForObject("select count(*) from support", Integer.class);
            CompletableFuture.runAsync(() -> {
                service.requestSupport(p.reference(), "tvilling@example.se", false, Locale.of("sv"));
                follows.request(p.reference(), "tvilling@example.se", Locale.of("sv"));
            }).join();
            service.requestSupport(p.reference(), "tvilling@example.se", true, Locale.of("sv"));
            follows.request(p.reference(), "tvilling@example.se", Locale.of("sv"));
        });
        assertThat(jdbc.queryForObject("select count(*) from support where proposal_id = ?", Integer.class, p.id()))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from proposal_follow where proposal_id = ?", Integer.class,
                p.id())).isEqualTo(1);
        // the second request went on as for any address that asked before: its link is sent (events of this thread)
        assertThat(events.stream(ProposalEvents.SupportRequested.class)).hasSize(1);
    }

    @Test
    void the_forms_cannot_flood_an_inbox_with_link_letters() {
        var p = proposals.published("Ett förslag att stödja");
        for (int i = 0; i < rules.linkLettersPerAddress(); i++) {
            service.requestSupport(p.reference(), "offer@example.se", false, Locale.of("sv"));
        }
        assertThatThrownBy(() -> service.requestSupport(p.reference(), "Offer@Example.se", false, Locale.of("sv")))
                .isInstanceOf(InvalidInput.class)
                .extracting(e -> ((InvalidInput) e).problems()).isEqualTo(java.util.Map.of("email", "tooMany"));
        var form = Proposals.form("Ett förslag till");
        var toVictim = new ProposalForm(form.title(), form.text(), form.district(), form.category(), form.name(),
                "offer@example.se", true, true, java.util.List.of());
        assertThatThrownBy(() -> service.submit(toVictim, Locale.of("sv"))).isInstanceOf(InvalidInput.class);

        clock.advance(Duration.ofMinutes(61));
        service.requestSupport(p.reference(), "offer@example.se", false, Locale.of("sv"));
        assertThat(events.stream(ProposalEvents.SupportRequested.class)).hasSize(rules.linkLettersPerAddress() + 1);
    }

    @Test
    void supports_count_only_while_the_90_day_period_is_open_checked_when_the_link_is_followed() {
        var p = proposals.published("Hundrastgård i Vårby");
        var ends = p.supportEndsAt();
        // 90 calendar days in Stockholm (one hour short across the change to summer time)
        assertThat(p.publishedAt().atZone(MutableClock.STOCKHOLM).plusDays(90).toInstant()).isEqualTo(ends);

        clock.setTo(ends.minusSeconds(3600));
        service.requestSupport(p.reference(), "sen@example.se", false, Locale.of("sv"));
        clock.setTo(ends.plusSeconds(1));
        assertThatThrownBy(() -> service.confirmSupport(proposals.supportToken(p.id())))
                .extracting(e -> ((ProposalException) e).reason()).isEqualTo(Reason.SUPPORT_CLOSED);
        assertThatThrownBy(() -> service.requestSupport(p.reference(), "ny@example.se", false, Locale.of("sv")))
                .extracting(e -> ((ProposalException) e).reason()).isEqualTo(Reason.SUPPORT_CLOSED);
        assertThat(reads.findPublic(p.reference()).orElseThrow().supportCount()).isZero();
    }

    @Test
    void the_closing_job_closes_below_threshold_proposals_that_stay_listed() {
        var p = proposals.published("Konstgräsplan i Skogås");
        proposals.support(p, "en@example.se");

        clock.setTo(p.supportEndsAt().minusSeconds(1));
        assertThat(jobs.closeEndedSupportPeriods()).isZero();
        clock.setTo(p.supportEndsAt());
        assertThat(jobs.closeEndedSupportPeriods()).isEqualTo(1);
        assertThat(jobs.closeEndedSupportPeriods()).as("once").isZero();

        var closed = reads.findPublic(p.reference()).orElseThrow();
        assertThat(closed.status()).isEqualTo(ProposalStatus.CLOSED_BELOW_THRESHOLD);
        assertThat(reads.search(ProposalFilter.all(), org.springframework.data.domain.PageRequest.of(0, 10))
                .map(PublicProposal::reference)).containsExactly(p.reference());
        assertThat(events.stream(ProposalEvents.ProposalClosed.class)).hasSize(1);
    }

    @Test
    void the_hundredth_support_reaches_the_threshold_once_and_supports_go_on_until_the_period_ends() {
        var p = proposals.published("Ny lekplats i Glömsta");
        for (int i = 1; i < rules.supportThreshold(); i++) {
            proposals.support(p, "stod" + i + "@example.se");
        }
        assertThat(reads.findPublic(p.reference()).orElseThrow().status()).isEqualTo(ProposalStatus.PUBLISHED);

        proposals.support(p, "hundra@example.se");
        var reached = reads.findPublic(p.reference()).orElseThrow();
        assertThat(reached.status()).isEqualTo(ProposalStatus.THRESHOLD_REACHED);
        // 20 working days from Monday 2 March 2026
        assertThat(reached.referralDue()).isEqualTo(LocalDate.of(2026, 3, 30));

        proposals.support(p, "fler@example.se");
        assertThat(reads.findPublic(p.reference()).orElseThrow().supportCount()).isEqualTo(101);
        assertThat(events.stream(ProposalEvents.ThresholdReached.class)).hasSize(1);
        clock.setTo(p.supportEndsAt());
        assertThat(jobs.closeEndedSupportPeriods()).as("a proposal over the threshold is not closed").isZero();
    }

    static Stream<String> grounds() {
        return Stream.of("COMPETENCE", "FAULT_REPORT", "ONGOING", "OPINION", "OFFENSIVE", "PERSONAL_DATA",
                "INDIVIDUAL", "SEVERAL", "SIMILAR");
    }

    @ParameterizedTest
    @MethodSource("grounds")
    void an_officer_does_not_publish_on_each_standard_ground(String ground) {
        var earlier = proposals.published("Tidigare förslag om bänkar");
        var p = proposals.inModeration("Bänkar igen");
        asOfficer(() -> {
            if (ground.equals("SIMILAR")) {
                assertThatThrownBy(() -> cases.reject(p.id(), cases.get(p.id()).version(), ground, null, null))
                        .isInstanceOf(InvalidInput.class);
            }
            cases.reject(p.id(), cases.get(p.id()).version(), ground, "Hör av dig till oss!", earlier.id());
        });
        var stored = jdbc.queryForMap("select status, ground, similar_to_id from proposal where id = ?", p.id());
        assertThat(stored.get("status")).isEqualTo("NOT_PUBLISHED");
        assertThat(stored.get("ground")).isEqualTo(ground);
        assertThat(stored.get("similar_to_id")).isEqualTo(ground.equals("SIMILAR") ? earlier.id() : null);
        assertThat(reads.findPublic(p.reference())).as("not public").isEmpty();
        assertThat(jdbc.queryForObject("select actor from proposal_timeline where proposal_id = ? and status = 'NOT_PUBLISHED'",
                String.class, p.id())).isEqualTo("hanna");
    }

    @Test
    void referral_and_decision_are_recorded_with_who_and_when_and_shown_publicly_without_the_officer() {
        var p = proposals.published("Upplyst motionsspår");
        for (int i = 0; i < rules.supportThreshold(); i++) {
            proposals.support(p, "s" + i + "@example.se");
        }
        clock.setTo("2026-03-20T10:00:00");
        asOfficer(() -> cases.refer(p.id(), cases.get(p.id()).version(), "NATUR", "NBN-2026/42"));
        var referred = reads.findPublic(p.reference()).orElseThrow();
        assertThat(referred.status()).isEqualTo(ProposalStatus.REFERRED);
        assertThat(referred.decisionDue()).as("20 March 2027 is a Saturday").isEqualTo(LocalDate.of(2027, 3, 22));
        assertThatThrownBy(() -> service.withdraw(proposals.manageToken(p.id())))
                .extracting(e -> ((ProposalException) e).reason()).isEqualTo(Reason.NOT_WITHDRAWABLE);

        clock.setTo("2026-09-15T10:00:00");
        asOfficer(() -> cases.decide(p.id(), cases.get(p.id()).version(), Decision.BIFALL,
                "Spåret får belysning under 2027.", LocalDate.of(2026, 9, 10), "NBN 2026-09-10 § 12"));
        var decided = reads.findPublic(p.reference()).orElseThrow();
        assertThat(decided.status()).isEqualTo(ProposalStatus.DECIDED);
        assertThat(decided.decision()).isEqualTo(Decision.BIFALL);
        assertThat(reads.publicTimeline(p.id())).extracting(ProposalReads.PublicStep::status)
                .containsExactly(ProposalStatus.SUBMITTED, ProposalStatus.IN_MODERATION, ProposalStatus.PUBLISHED,
                        ProposalStatus.THRESHOLD_REACHED, ProposalStatus.REFERRED, ProposalStatus.DECIDED);
        assertThat(jdbc.queryForList("select actor from proposal_timeline where proposal_id = ? order by id",
                String.class, p.id())).containsExactly("author", "author", "hanna", "system", "hanna", "hanna");
    }

    @Test
    void a_decision_needs_its_motivation_meeting_date_and_minutes() {
        var p = proposals.published("Något");
        for (int i = 0; i < rules.supportThreshold(); i++) {
            proposals.support(p, "s" + i + "@example.se");
        }
        asOfficer(() -> cases.refer(p.id(), cases.get(p.id()).version(), "KS", "KS-2026/1"));
        asOfficer(() -> assertThatThrownBy(() -> cases.decide(p.id(), cases.get(p.id()).version(), null, " ",
                LocalDate.of(2027, 1, 1), ""))
                .isInstanceOf(InvalidInput.class)
                .extracting(e -> ((InvalidInput) e).problems().keySet())
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.COLLECTION)
                .containsExactlyInAnyOrder("decision", "motivation", "meetingDate", "minutesRef"));
        assertThat(reads.findPublic(p.reference()).orElseThrow().status()).isEqualTo(ProposalStatus.REFERRED);
    }

    @Test
    void the_author_withdraws_from_the_link_in_their_letters() {
        var p = proposals.published("Jag ångrar mig");
        var withdrawn = service.withdraw(proposals.manageToken(p.id()));
        assertThat(withdrawn.status()).isEqualTo(ProposalStatus.WITHDRAWN);
        assertThat(reads.findPublic(p.reference())).isEmpty();
        assertThat(events.stream(ProposalEvents.ProposalWithdrawn.class)).hasSize(1);
    }

    @Test
    void an_officer_who_publishes_a_proposal_someone_else_just_handled_is_told_so() {
        var p = proposals.inModeration("Två handläggare samtidigt");
        long[] version = new long[1];
        asOfficer(() -> version[0] = cases.get(p.id()).version());
        asOfficer(() -> cases.publish(p.id(), version[0]));
        asOfficer(() -> assertThatThrownBy(() -> cases.reject(p.id(), version[0], "OPINION", null, null))
                .isInstanceOf(ProposalException.class));
        assertThat(jdbc.queryForObject("select status from proposal where id = ?", String.class, p.id()))
                .isEqualTo("PUBLISHED");
    }

    @Test
    void supports_confirmed_while_the_officer_has_the_case_open_do_not_stop_the_referral() {
        var p = proposals.published("Populärt förslag om en badplats");
        for (int i = 0; i < rules.supportThreshold(); i++) {
            proposals.support(p, "s" + i + "@example.se");
        }
        long[] seen = new long[1];
        asOfficer(() -> seen[0] = cases.get(p.id()).version());

        proposals.support(p, "en.till@example.se");
        proposals.support(p, "och.en.till@example.se");

        asOfficer(() -> cases.refer(p.id(), seen[0], "NATUR", "NBN-2026/43"));
        var referred = reads.findPublic(p.reference()).orElseThrow();
        assertThat(referred.status()).isEqualTo(ProposalStatus.REFERRED);
        assertThat(referred.supportCount()).isEqualTo(rules.supportThreshold() + 2);
    }
}
