package se.huddinge.delaktighet.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import se.huddinge.delaktighet.TestSmtp;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.transaction.support.TransactionTemplate;
import se.huddinge.delaktighet.Application;
import se.huddinge.delaktighet.Database;
import se.huddinge.delaktighet.MutableClock;
import se.huddinge.delaktighet.PortalTest;
import se.huddinge.delaktighet.TestConfig;
import se.huddinge.delaktighet.base.i18n.PortalI18n;
import se.huddinge.delaktighet.security.StaffAccountCreated;

/** Letters survive an SMTP outage and a stopped app, are never sent twice, and a permanent refusal is recorded. */
@PortalTest
class LetterFaultTest {

    @Autowired
    Letters letters;
    @Autowired
    LetterDispatcher dispatcher;
    @Autowired
    MailDelivery delivery;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    EventPublicationRegistry registry;

    GreenMail smtp = new GreenMail(TestSmtp.setup());

    @BeforeEach
    void clear() {
        Database.clear(jdbc);
    }

    @AfterEach
    void stop() {
        smtp.stop();
    }

    private void write(int i) {
        tx.executeWithoutResult(s -> letters.write(new LetterRequest("fault-test:" + i, "staff-welcome", "test:" + i,
                "person" + i + "@example.se", PortalI18n.SWEDISH,
                Map.of("name", "Person " + i, "username", "p" + i, "loginLink", "http://localhost:8080/logga-in"))));
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }

    @Test
    void a_hundred_letters_due_while_smtp_is_down_are_all_delivered_once_when_it_is_back() throws Exception {
        for (int i = 0; i < 100; i++) {
            write(i);
        }
        await().atMost(Duration.ofSeconds(60)).until(() ->
                count("select count(*) from letter where status = 'PENDING' and attempts = 1") == 100);

        smtp.start();
        clock.advance(Duration.ofMinutes(2));
        // two dispatchers at once, as two instances would: each letter is claimed by one of them
        var pool = Executors.newFixedThreadPool(2);
        var a = pool.submit(dispatcher::sendDue);
        var b = pool.submit(dispatcher::sendDue);
        int sent = a.get(60, TimeUnit.SECONDS) + b.get(60, TimeUnit.SECONDS);
        pool.shutdown();

        assertThat(sent).isEqualTo(100);
        assertThat(count("select count(*) from letter where status = 'SENT'")).isEqualTo(100);
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(100);
        Set<String> ids = new HashSet<>();
        for (MimeMessage m : received) {
            ids.add(m.getMessageID());
        }
        assertThat(ids).as("one message per letter").hasSize(100);
        assertThat(dispatcher.sendDue()).isZero();
    }

    /**
     * Issue 21: letters share a kept SMTP connection; the mail server restarts, so the kept connection is dead, and the
     * next letters go out at once on a new one: none waits for a retry, none is lost or sent twice.
     */
    @Test
    void letters_after_a_kept_connection_died_go_out_at_once_on_a_new_one() throws Exception {
        smtp.start();
        for (int i = 0; i < 5; i++) {
            write(i);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from letter where status = 'SENT'") == 5);
        assertThat(delivery.keptConnections()).as("a connection waits for the next letter").isPositive();
        assertThat(smtp.getReceivedMessages()).hasSize(5);

        smtp.stop();
        smtp = new GreenMail(TestSmtp.setup());
        smtp.start();
        for (int i = 5; i < 10; i++) {
            write(i);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from letter where status = 'SENT'") == 10);
        assertThat(count("select count(*) from letter where attempts <> 1"))
                .as("each letter on its first attempt: the dead connection was replaced, not counted as a failure")
                .isZero();
        assertThat(recipients(smtp.getReceivedMessages())).containsExactlyInAnyOrder("person5@example.se",
                "person6@example.se", "person7@example.se", "person8@example.se", "person9@example.se");
    }

    /**
     * Issue 21: the mail server goes away in the middle of a round of due letters sent on kept connections. The letters
     * it took are SENT; the rest wait, and go out once each when it is back; none is lost.
     */
    @Test
    void a_server_lost_in_the_middle_of_a_batch_loses_no_letter() throws Exception {
        int letters = 400;
        for (int i = 0; i < letters; i++) {
            write(i);
        }
        await().atMost(Duration.ofSeconds(120)).until(() ->
                count("select count(*) from letter where status = 'PENDING' and attempts = 1") == letters);
        smtp.start();
        clock.advance(Duration.ofMinutes(2));
        var round = Executors.newSingleThreadExecutor().submit(dispatcher::sendDue);
        // the first letters were taken; then the server dies with the round still going
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(5))
                .until(() -> smtp.getReceivedMessages().length >= 20);
        var first = recipients(smtp.getReceivedMessages());
        smtp.stop();
        round.get(60, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from letter where status = 'SENDING'") == 0);
        var waiting = jdbc.queryForList("select recipient from letter where status = 'PENDING'", String.class);
        var takenFirst = jdbc.queryForList("select recipient from letter where status = 'SENT'", String.class);
        assertThat(count("select count(*) from letter where status = 'PENDING' and attempts > 1"))
                .as("the server died mid-round: letters being sent failed").isPositive();

        smtp = new GreenMail(TestSmtp.setup());
        smtp.start();
        clock.advance(Duration.ofMinutes(5));
        dispatcher.sendDue();

        assertThat(count("select count(*) from letter where status = 'SENT'")).as("every letter out").isEqualTo(letters);
        assertThat(recipients(smtp.getReceivedMessages())).as("those that waited, each once, once the server was back")
                .containsExactlyInAnyOrderElementsOf(waiting);
        // (a letter taken just as its connection broke is tried again: it is then among the waiting ones, DD9)
        assertThat(first).as("what the first server took").allMatch(r -> takenFirst.contains(r) || waiting.contains(r));
    }

    private static java.util.List<String> recipients(MimeMessage[] messages) throws Exception {
        var all = new java.util.ArrayList<String>();
        for (MimeMessage m : messages) {
            all.add(m.getRecipients(jakarta.mail.Message.RecipientType.TO)[0].toString());
        }
        return all;
    }

    /**
     * Issue 21: the SMTP server answers 421 (closing) on a connection the portal kept open: the server is closing it, so
     * the letter goes at once on a new connection, as on a dead one; nothing is sent twice.
     */
    @Test
    void a_421_on_a_kept_connection_sends_the_letter_at_once_on_a_new_one() throws Exception {
        delivery.close(); // no connection kept from another test's server
        try (var server = new ClosingSmtpServer(TestSmtp.port(), ClosingSmtpServer.Ending.CLOSING)) {
            write(1);
            await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from letter where status = 'SENT'") == 1);
            assertThat(delivery.keptConnections()).as("the connection waits for the next letter").isEqualTo(1);
            write(2);
            await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from letter where status = 'SENT'") == 2);

            assertThat(server.closings).as("the kept connection was answered 421").hasValue(1);
            assertThat(server.connections).as("the second letter on a new connection").hasValue(2);
            assertThat(count("select count(*) from letter where attempts <> 1"))
                    .as("each letter on its first attempt, none waiting for the back-off").isZero();
            assertThat(server.taken).as("each letter once")
                    .containsExactlyInAnyOrderElementsOf(jdbc.queryForList("select message_id from letter", String.class));
        }
    }

    /**
     * A stopped GreenMail closes its connections without a word: the letter on a kept one reads the end of the stream,
     * which Angus Mail reports as a send failure with code -1. That is no answer: the letter goes at once on a new
     * connection (the "lost" letter of an earlier test run, when the test profile kept no connections).
     */
    @Test
    void a_kept_connection_the_server_closed_without_a_word_is_no_answer() throws Exception {
        delivery.close();
        try (var server = new ClosingSmtpServer(TestSmtp.port(), ClosingSmtpServer.Ending.SILENT)) {
            write(1);
            await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from letter where status = 'SENT'") == 1);
            write(2);
            await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from letter where status = 'SENT'") == 2);

            assertThat(server.connections).hasValue(2);
            assertThat(count("select count(*) from letter where attempts <> 1")).isZero();
            assertThat(server.taken).hasSize(2).doesNotHaveDuplicates();
        }
    }

    /** A 421 on a new connection is the letter's outcome, as before: it waits for the back-off, tried once. */
    @Test
    void a_421_on_a_new_connection_is_a_failure_for_now() throws Exception {
        delivery.close();
        try (var server = new ClosingSmtpServer(TestSmtp.port(), ClosingSmtpServer.Ending.CLOSING_AT_ONCE)) {
            write(1);
            await().atMost(Duration.ofSeconds(30)).until(() ->
                    count("select count(*) from letter where status = 'PENDING' and attempts = 1") == 1);
            assertThat(jdbc.queryForObject("select last_error from letter", String.class)).contains("421");
            assertThat(server.connections).as("tried once, not again at once").hasValue(1);
            assertThat(server.taken).isEmpty();
            assertThat(delivery.keptConnections()).as("a closing connection is not kept").isZero();
        }
    }

    @Test
    void a_permanent_refusal_is_recorded_with_its_reason_and_not_retried() throws Exception {
        try (var refusing = new RefusingSmtpServer(TestSmtp.port())) {
            write(1);
            await().atMost(Duration.ofSeconds(30)).until(() ->
                    count("select count(*) from letter where status = 'FAILED'") == 1);
            assertThat(jdbc.queryForObject("select last_error from letter", String.class)).startsWith("550");

            clock.advance(Duration.ofHours(3));
            assertThat(dispatcher.sendDue()).isZero();
            assertThat(refusing.recipientsRefused.get()).as("tried once, not again").isEqualTo(1);
        }
    }

    @Test
    void a_letter_whose_sender_died_mid_send_goes_out_again_with_the_same_message_id() throws Exception {
        smtp.start();
        write(7);
        await().until(() -> count("select count(*) from letter where status = 'SENT'") == 1);
        String messageId = jdbc.queryForObject("select message_id from letter", String.class);
        // the instance died after handing the letter over and before marking it: it stays SENDING
        jdbc.update("update letter set status = 'SENDING', sent_at = null");

        clock.advance(Duration.ofMinutes(5));
        assertThat(dispatcher.sendDue()).as("not before stuck-after").isZero();
        clock.advance(Duration.ofMinutes(6));
        assertThat(dispatcher.sendDue()).isEqualTo(1);

        assertThat(Arrays.stream(smtp.getReceivedMessages()).map(m -> {
            try {
                return m.getMessageID();
            } catch (Exception e) {
                return "";
            }
        })).as("the repeat carries the same Message-ID, so mail clients show it once").containsOnly(messageId);
    }

    @Test
    void an_event_whose_listener_never_ran_is_delivered_when_the_app_starts_again() {
        // the app stopped right after committing the change: the publication is stored, the listener never ran
        tx.executeWithoutResult(s -> registry.store(new StaffAccountCreated(99, "ny", "Ny Nilsson", "ny@example.se"),
                java.util.stream.Stream.of(PublicationTargetIdentifier.of(
                        "se.huddinge.delaktighet.notification.StaffLetters.on(se.huddinge.delaktighet.security.StaffAccountCreated)"))));
        assertThat(count("select count(*) from letter")).isZero();
        smtp.start();

        // "restart": a new instance of the app on the same database
        try (var restarted = new SpringApplicationBuilder(Application.class, TestConfig.class)
                .profiles("test").properties("server.port=0").run()) {
            await().atMost(Duration.ofSeconds(30)).until(() -> smtp.getReceivedMessages().length == 1);
            assertThat(count("select count(*) from letter where dedup_key = 'staff-welcome:99'")).isEqualTo(1);
        }
    }
}
