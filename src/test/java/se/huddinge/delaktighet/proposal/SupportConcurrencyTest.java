package se.huddinge.delaktighet.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import se.huddinge.delaktighet.Database;
import se.huddinge.delaktighet.PortalTest;

/** 200 residents follow their support links at the same moment. */
@PortalTest
@RecordApplicationEvents
@Import(SupportConcurrencyTest.CountThresholdEvents.class)
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
    CountThresholdEvents thresholdEvents;

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

        var pool = Executors.newFixedThreadPool(16);
        var start = new CountDownLatch(1);
        List<Future<?>> results = new ArrayList<>();
        for (String token : tokens) {
            results.add(pool.submit(() -> {
                start.await();
                return service.confirmSupport(token);
            }));
        }
        start.countDown();
        for (var r : results) {
            r.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(reads.findPublic(p.reference()).orElseThrow().supportCount()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from support where confirmed_at is not null", Integer.class))
                .isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from proposal_timeline where proposal_id = ? "
                + "and status = 'THRESHOLD_REACHED'", Integer.class, p.id())).isEqualTo(1);
        assertThat(thresholdEvents.count.get()).isEqualTo(1);
        assertThat(reads.findPublic(p.reference()).orElseThrow().status()).isEqualTo(ProposalStatus.THRESHOLD_REACHED);
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

        var pool = Executors.newFixedThreadPool(16);
        var start = new CountDownLatch(1);
        List<Future<?>> results = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            String address = "sedan" + i + "@example.se";
            results.add(pool.submit(() -> {
                start.await();
                return service.confirmSupport(token);
            }));
            results.add(pool.submit(() -> {
                start.await();
                service.requestSupport(p.reference(), address, false, Locale.of("sv"));
                return null;
            }));
        }
        start.countDown();
        for (var r : results) {
            r.get(120, TimeUnit.SECONDS);                  // throws if any resident got an error
        }
        pool.shutdown();

        assertThat(reads.findPublic(p.reference()).orElseThrow().supportCount()).isEqualTo(150);
        assertThat(jdbc.queryForObject("select count(*) from support", Integer.class)).isEqualTo(300);
        assertThat(jdbc.queryForObject("select count(*) from access_link where purpose = 'CONFIRM_SUPPORT'",
                Integer.class)).isEqualTo(300);
    }

    /** Counts ThresholdReached events from every thread. */
    @TestConfiguration
    static class CountThresholdEvents {
        final AtomicInteger count = new AtomicInteger();

        @EventListener
        void on(ProposalEvents.ThresholdReached event) {
            count.incrementAndGet();
        }
    }
}
