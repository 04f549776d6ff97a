package se.huddinge.delaktighet.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.util.AopTestUtils;
import org.springframework.transaction.support.TransactionTemplate;
import se.huddinge.delaktighet.Database;
import se.huddinge.delaktighet.HeldWrites;
import se.huddinge.delaktighet.MutableClock;
import se.huddinge.delaktighet.PortalTest;
import se.huddinge.delaktighet.base.i18n.PortalI18n;
import se.huddinge.delaktighet.proposal.Decision;
import se.huddinge.delaktighet.proposal.ProposalCaseService;
import se.huddinge.delaktighet.proposal.ProposalEvents.ProposalDecided;
import se.huddinge.delaktighet.proposal.ProposalForm;
import se.huddinge.delaktighet.proposal.ProposalService;

/**
 * A decision reaches every supporter who asked to hear, in batches of {@code portal.letters.fan-out-batch} (100 in
 * tests) that each commit on their own: the click writes none of them, a batch that fails leaves the earlier ones
 * written and resumes where it stopped, and every supporter gets exactly one letter, also when the event is delivered
 * again or two instances work on the same decision.
 */
@PortalTest
class SubscriberLettersTest {

    private static final String SUPPORTER_LETTER = "supporter-decided";

    @Autowired
    ProposalService proposals;
    @Autowired
    ProposalCaseService cases;
    @Autowired
    SubscriberLetters subscriberLetters;
    @Autowired
    ProposalLetters listeners;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    private final Mailbox mail = new Mailbox();

    @BeforeEach
    void start() {
        Database.clear(jdbc);
        clock.setTo("2026-03-02T09:00:00");
        mail.start();
    }

    @AfterEach
    void stop() {
        jdbc.execute("DROP TRIGGER IF EXISTS letter_insert_fails");
        mail.stop();
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_decision_for_350_subscribers_goes_out_in_batches_and_a_failed_batch_resumes_at_its_cursor_without_doubles()
            throws Exception {
        long id = referredProposalWithSupporters(350);
        // the database refuses the letter to the 250th subscriber once: the third batch (201-300) fails whole
        jdbc.execute("CREATE TRIGGER letter_insert_fails BEFORE INSERT ON letter FOR EACH ROW BEGIN "
                + "IF NEW.recipient = 'stod250@example.se' THEN "
                + "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'the database went away'; END IF; END");

        // the officer's click commits the decision without writing a single letter: with every write to the letter
        // table held back, it still answers
        HeldWrites.to(dataSource, "letter", () -> {
            decide(id);
            assertThat(count("select count(*) from letter where template like '%-decided'")).isZero();
        });

        // batches 1 and 2 are written and sent; the third left nothing of itself behind, and its place is kept
        await().atMost(Duration.ofSeconds(60)).until(() -> count("select count(*) from letter where template = '"
                + SUPPORTER_LETTER + "'") >= 200);
        await().atMost(Duration.ofSeconds(60)).until(() -> count("select count(*) from letter_fan_out "
                + "where attempts = 1 and done_at is null") == 1);
        assertThat(count("select count(*) from letter where template = '" + SUPPORTER_LETTER + "'")).isEqualTo(200);
        assertThat(jdbc.queryForObject("select after_support_id from letter_fan_out", Long.class))
                .isEqualTo(supportId("stod200@example.se"));
        assertThat(jdbc.queryForObject("select written from letter_fan_out", Integer.class)).isEqualTo(200);
        await().atMost(Duration.ofSeconds(60)).until(() -> mail.recipients().size() == 201);

        // after a crash the registry delivers the event again: no second round is started, no letter written again
        ProposalLetters target = AopTestUtils.getTargetObject(listeners);
        asListener(() -> {
            tx.executeWithoutResult(s -> target.on(new ProposalDecided(id)));
            return null;
        });
        assertThat(count("select count(*) from letter_fan_out")).isOne();

        // the database is back; the next round (the timer's, after the back-off) goes on from the cursor
        jdbc.execute("DROP TRIGGER letter_insert_fails");
        assertThat(work()).as("not before its back-off has passed").isZero();
        clock.advance(Duration.ofMinutes(2));
        assertThat(work()).isEqualTo(150);

        assertThat(count("select count(*) from letter_fan_out where done_at is not null and written = 350")).isOne();
        assertThat(count("select count(*) from letter where template = '" + SUPPORTER_LETTER + "'")).isEqualTo(350);
        assertThat(count("select count(distinct recipient) from letter where template = '" + SUPPORTER_LETTER + "'"))
                .isEqualTo(350);
        assertThat(jdbc.queryForList("select language, count(*) from letter where template = '" + SUPPORTER_LETTER
                + "' group by language order by language").stream().map(r -> r.get("language") + "=" + r.get("count(*)")))
                .containsExactly("en=70", "sv=280");
        await().atMost(Duration.ofSeconds(60)).until(() -> mail.recipients().size() >= 351);
        assertEveryoneOnce(351);
        var refusedOnce = mail.letterTo("stod250@example.se", "Decision on the proposal");
        assertThat(refusedOnce.language()).isEqualTo("en");
        assertThat(refusedOnce.text()).contains("has said yes to the proposal");
        assertThat(mail.letterTo("stod251@example.se", "Beslut om förslaget").text())
                .contains("har sagt ja till förslaget");
        assertThat(mail.recipients()).as("those who did not ask to hear, or never confirmed, get nothing")
                .noneMatch(r -> r.startsWith("tyst") || r.startsWith("obekraftad"));
    }

    @Test
    void three_workers_at_once_as_on_three_instances_write_and_send_each_letter_once() throws Exception {
        long id = referredProposalWithSupporters(250);
        decide(id);
        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from letter_fan_out") == 1);
        // the worker this instance started after the listener's commit, and two more, as other instances' timers
        var pool = Executors.newFixedThreadPool(2);
        var a = pool.submit(subscriberLetters::work);
        var b = pool.submit(subscriberLetters::work);
        int written = a.get(60, TimeUnit.SECONDS) + b.get(60, TimeUnit.SECONDS);
        pool.shutdown();

        await().atMost(Duration.ofSeconds(60)).until(() -> count("select count(*) from letter_fan_out "
                + "where done_at is not null and written = 250") == 1);
        assertThat(written).isLessThanOrEqualTo(250);
        assertThat(count("select count(*) from letter where template = '" + SUPPORTER_LETTER + "'")).isEqualTo(250);
        await().atMost(Duration.ofSeconds(60)).until(() -> mail.recipients().size() >= 251);
        assertEveryoneOnce(251);
    }

    private void assertEveryoneOnce(int letters) {
        Map<String, Long> perRecipient = mail.recipients().stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(perRecipient).as("one letter per address").hasSize(letters);
        assertThat(perRecipient.values()).as("none twice").containsOnly(1L);
        // the server has the letter a moment before the outbox's row says SENT (marked after the server's answer)
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(count("select count(*) from letter where status <> 'SENT'")).isZero());
    }

    /**
     * A referred proposal whose supporters are {@code stod1…stodN}, each confirmed and asking to hear (every fifth in
     * English), in the order of their support's id; beside them supporters who did not ask, and some who never
     * confirmed.
     */
    private long referredProposalWithSupporters(int subscribers) {
        long id = proposals.submit(new ProposalForm("Fler bänkar i parken", "Ställ fler bänkar i Flemingsbergsparken "
                + "så att fler kan vila.", "Flemingsberg", "parker", "Anna Andersson", "anna@example.se", true, true,
                List.of()), PortalI18n.SWEDISH);
        proposals.confirm(mail.letterTo("anna@example.se", "Bekräfta din e-postadress").token("forslag/bekrafta/"));
        mail.letterTo("anna@example.se", "Vi har tagit emot");
        jdbc.update("update proposal set status = 'REFERRED', published_at = ?, support_count = ?, "
                + "threshold_reached_at = ?, referral_due = ?, referred_at = ?, committee = 'NATUR', case_number = "
                + "'NBN 2026/1', decision_due = ? where id = ?", clock.instant(), subscribers, clock.instant(),
                LocalDate.of(2026, 4, 1), clock.instant(), LocalDate.of(2027, 3, 2), id);
        jdbc.update("insert into support (proposal_id, email, language, notify_on_decision, created_at, confirmed_at) "
                + "select ?, concat('stod', seq, '@example.se'), if(seq % 5 = 0, 'en', 'sv'), true, ?, ? "
                + "from seq_1_to_" + subscribers + " order by seq", id, clock.instant(), clock.instant());
        jdbc.update("insert into support (proposal_id, email, language, notify_on_decision, created_at, confirmed_at) "
                + "select ?, concat('tyst', seq, '@example.se'), 'sv', false, ?, ? from seq_1_to_30", id,
                clock.instant(), clock.instant());
        jdbc.update("insert into support (proposal_id, email, language, notify_on_decision, created_at) "
                + "select ?, concat('obekraftad', seq, '@example.se'), 'sv', true, ? from seq_1_to_20", id,
                clock.instant());
        mail.clear();
        return id;
    }

    private void decide(long id) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("officer", null,
                List.of(new SimpleGrantedAuthority("ROLE_OFFICER"))));
        try {
            cases.decide(id, cases.get(id).version(), Decision.BIFALL, "Bänkarna passar parkens plan.",
                    LocalDate.of(2026, 3, 1), "NBN 2026-03-01 § 4");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** The worker's run, as the timer's thread makes it (the test's own thread holds a mock request). */
    private int work() throws Exception {
        return asListener(subscriberLetters::work);
    }

    /**
     * Runs on a thread of its own, as the registry's listeners and the timer do: the letters' door refuses the test's
     * thread, which holds Spring's mock request.
     */
    private static <T> T asListener(java.util.concurrent.Callable<T> action) throws Exception {
        try (var thread = Executors.newVirtualThreadPerTaskExecutor()) {
            return thread.submit(action).get(60, TimeUnit.SECONDS);
        }
    }

    private long supportId(String email) {
        return jdbc.queryForObject("select id from support where email = ?", Long.class, email);
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }
}
