package se.huddinge.delaktighet.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import se.huddinge.delaktighet.Database;
import se.huddinge.delaktighet.PortalTest;
import se.huddinge.delaktighet.SentLinks;

/**
 * 200 residents follow their support links at the same moment. The events of every thread are recorded by
 * {@link SupportEventRecorders}, which every {@code @PortalTest} context has (so this test shares it).
 */
@PortalTest
@RecordApplicationEvents
class SupportConcurrencyTest {

    @Autowired
    ProposalService service;
    @Autowired
    ProposalReads reads;
    @Autowired
    ProposalCaseService cases;
    @Autowired
    ApplicationEvents events;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SupportEventRecorders.CountThresholdEvents thresholdEvents;
    @Autowired
    SupportEventRecorders.RecordRequests requested;

    /**
     * DD35: every resident of one proposal (a viral one) confirms at the same moment, 16 at a time, and two of them
     * follow their link twice at once (a double click). The count is the number of confirmed rows, the threshold is
     * crossed by exactly one of them, its letter is written once, and every transaction that waited for the row's lock
     * (or lost a deadlock and ran again) succeeded.
     */
    @Test
    void two_hundred_parallel_confirmations_count_two_hundred_and_cross_the_threshold_once() throws Exception {
        Database.clear(jdbc);
        thresholdEvents.count.set(0);
        var proposals = new Proposals(service, cases, events);
        var p = proposals.published("Alla vill ha en badplats");
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            service.requestSupport(p.reference(), "boende" + i + "@example.se", false, Locale.of("sv"));
            tokens.add(proposals.supportToken(p.id()));
        }
        tokens.add(tokens.get(7));
        tokens.add(tokens.get(150));

        var outcomes = runAtOnce(tokens.stream().<Callable<ProposalService.SupportOutcome>>map(
                t -> () -> service.confirmSupport(t)).toList(), 16);

        assertThat(reads.findPublic(p.reference()).orElseThrow().supportCount()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from support where confirmed_at is not null", Integer.class))
                .as("the count equals the confirmed rows").isEqualTo(200);
        assertThat(outcomes.stream().filter(ProposalService.SupportOutcome::alreadyCounted).count())
                .as("the second click of each double click").isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from proposal_timeline where proposal_id = ? "
                + "and status = 'THRESHOLD_REACHED'", Integer.class, p.id())).isEqualTo(1);
        assertThat(thresholdEvents.count.get()).as("crossed once").isEqualTo(1);
        assertThat(reads.findPublic(p.reference()).orElseThrow().status()).isEqualTo(ProposalStatus.THRESHOLD_REACHED);
        // its letter to the author once: written by the listener after the commit, so wait for every listener
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from event_publication where completion_date is null", Integer.class) == 0);
        assertThat(jdbc.queryForObject("select count(*) from letter where template = 'proposal-threshold-reached'",
                Integer.class)).as("the threshold letter, once").isEqualTo(1);
    }

    /** The same address asks to support one proposal from several tabs at once, then follows every link at once. */
    @Test
    void one_address_asking_and_confirming_at_the_same_moment_is_one_support() throws Exception {
        Database.clear(jdbc);
        requested.events.clear();
        var proposals = new Proposals(service, cases, events);
        var p = proposals.published("En som klickar många gånger");
        List<Callable<Object>> asks = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            asks.add(() -> {
                service.requestSupport(p.reference(), "Samma@Example.se ", false, Locale.of("sv"));
                return null;
            });
            // others ask at the same time: their rows sit next to this address's in the unique key
            String other = "granne" + i + "@example.se";
            asks.add(() -> {
                service.requestSupport(p.reference(), other, false, Locale.of("sv"));
                return null;
            });
        }
        runAtOnce(asks, 12);
        assertThat(jdbc.queryForObject("select count(*) from support where proposal_id = ? and email = ?",
                Integer.class, p.id(), "samma@example.se")).as("one row for the address").isEqualTo(1);
        long sameSupport = jdbc.queryForObject("select id from support where email = ?", Long.class,
                "samma@example.se");
        List<String> links = requested.events.stream().filter(e -> e.supportId() == sameSupport)
                .map(e -> SentLinks.token(e.confirmLink())).toList();
        assertThat(links).as("a link per request").hasSize(6);

        var outcomes = runAtOnce(links.stream().<Callable<ProposalService.SupportOutcome>>map(
                t -> () -> service.confirmSupport(t)).toList(), 6);

        assertThat(outcomes.stream().filter(o -> !o.alreadyCounted()).count()).as("counted once").isEqualTo(1);
        assertThat(jdbc.queryForObject("select support_count from proposal where id = ?", Integer.class, p.id()))
                .isEqualTo(1);
    }

    /**
     * The author withdraws while residents confirm: every confirmation either counted before the withdrawal or was
     * refused as closed and left nothing behind, so the count still equals the confirmed rows.
     */
    @Test
    void a_withdrawal_in_the_middle_of_confirmations_leaves_the_count_exact() throws Exception {
        Database.clear(jdbc);
        var proposals = new Proposals(service, cases, events);
        var p = proposals.published("Dras tillbaka mitt i");
        String manage = proposals.manageToken(p.id());
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            service.requestSupport(p.reference(), "mitt" + i + "@example.se", false, Locale.of("sv"));
            tokens.add(proposals.supportToken(p.id()));
        }
        List<Callable<Object>> work = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            work.add(() -> {
                try {
                    return service.confirmSupport(token);
                } catch (ProposalException e) {
                    assertThat(e.reason()).isEqualTo(ProposalException.Reason.SUPPORT_CLOSED);
                    return e;
                }
            });
            if (i == 40) {
                work.add(() -> service.withdraw(manage));
            }
        }
        runAtOnce(work, 16);

        int confirmedRows = jdbc.queryForObject("select count(*) from support where proposal_id = ? "
                + "and confirmed_at is not null", Integer.class, p.id());
        assertThat(jdbc.queryForObject("select support_count from proposal where id = ?", Integer.class, p.id()))
                .isEqualTo(confirmedRows);
        assertThat(jdbc.queryForObject("select status from proposal where id = ?", String.class, p.id()))
                .isEqualTo("WITHDRAWN");
        assertThat(jdbc.queryForObject("select count(*) from access_link where purpose = 'CONFIRM_SUPPORT' "
                + "and used_at is not null", Integer.class)).as("a refused confirmation left its link unused")
                .isEqualTo(confirmedRows);
    }

    /** Runs every task at the same moment on {@code threads} threads; throws the first error any of them had. */
    private static <T> List<T> runAtOnce(List<Callable<T>> work, int threads) throws Exception {
        var pool = Executors.newFixedThreadPool(threads);
        var start = new CountDownLatch(1);
        List<Future<T>> results = new ArrayList<>();
        for (var w : work) {
            results.add(pool.submit(() -> {
                start.await();
                return w.call();
            }));
        }
        start.countDown();
        List<T> out = new ArrayList<>();
        try {
            for (var r : results) {
                out.add(r.get(120, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        return out;
    }

    @Test
    void residents_asking_and_confirming_on_one_proposal_at_the_same_time_all_succeed() throws Exception {
        Database.clear(jdbc);
        var proposals = new Proposals(service, cases, events);
        var p = proposals.published("Många vill ha en pulkabacke");
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            service.requestSupport(p.reference(), "forst" + i + "@example.se", false, Locale.of("sv"));
            tokens.add(proposals.supportToken(p.id()));
        }

        List<Callable<Object>> work = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            String address = "sedan" + i + "@example.se";
            work.add(() -> service.confirmSupport(token));
            work.add(() -> {
                service.requestSupport(p.reference(), address, false, Locale.of("sv"));
                return null;
            });
        }
        runAtOnce(work, 16);                               // throws if any resident got an error

        assertThat(reads.findPublic(p.reference()).orElseThrow().supportCount()).isEqualTo(150);
        assertThat(jdbc.queryForObject("select count(*) from support", Integer.class)).isEqualTo(300);
        assertThat(jdbc.queryForObject("select count(*) from access_link where purpose = 'CONFIRM_SUPPORT'",
                Integer.class)).isEqualTo(300);
    }
}
