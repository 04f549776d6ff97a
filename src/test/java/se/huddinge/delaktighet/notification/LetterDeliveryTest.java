package se.huddinge.delaktighet.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import se.huddinge.delaktighet.TestSmtp;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.huddinge.delaktighet.Database;
import se.huddinge.delaktighet.MutableClock;
import se.huddinge.delaktighet.PortalTest;
import se.huddinge.delaktighet.security.StaffAccountService;
import se.huddinge.delaktighet.security.StaffAccountService.NewAccount;
import se.huddinge.delaktighet.security.StaffRole;

/** Letters reach a real SMTP server (GreenMail), survive an outage and are never sent twice. */
@PortalTest
class LetterDeliveryTest {

    @Autowired
    StaffAccountService accounts;
    @Autowired
    LetterDispatcher dispatcher;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    GreenMail smtp = new GreenMail(TestSmtp.setup());

    @BeforeEach
    void clear() {
        Database.clear(jdbc);
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void a_letter_with_swedish_letters_reaches_the_smtp_server_as_text_and_html() throws Exception {
        smtp.start();

        accounts.createInitial(new NewAccount("asa", "Åsa Ärlig-Öst", "asa@huddinge.example",
                "rostiga-kompasser-sjunger", Set.of(StaffRole.OFFICER)));

        await().atMost(Duration.ofSeconds(20)).until(() -> smtp.getReceivedMessages().length == 1);
        MimeMessage message = smtp.getReceivedMessages()[0];
        assertThat(message.getSubject()).isEqualTo("Du har fått ett konto i Delaktighetsportalen");
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo("asa@huddinge.example");
        var multipart = (MimeMultipart) message.getContent();
        String all = GreenMailUtil.getBody(message);
        assertThat(all).isNotBlank();
        String text = Mailbox.textPart(multipart, "text/plain");
        String html = Mailbox.textPart(multipart, "text/html");
        assertThat(text).contains("Hej Åsa Ärlig-Öst!").contains("http://localhost:8080/logga-in");
        assertThat(html).contains("Åsa Ärlig-Öst").contains("<a href=\"http://localhost:8080/logga-in\"");
        assertThat(message.getHeader("Message-ID")[0]).isEqualTo(
                jdbc.queryForObject("select message_id from letter", String.class));
        // derived from the letter's key and recipient, under the portal's host from the settings (base-url localhost)
        assertThat(message.getHeader("Message-ID")[0]).isEqualTo(MessageIds.of(
                jdbc.queryForObject("select dedup_key from letter", String.class), "asa@huddinge.example", "localhost"));
        await().until(() -> "SENT".equals(jdbc.queryForObject("select status from letter", String.class)));
    }

    @Test
    void a_letter_written_while_smtp_is_down_is_delivered_once_it_is_back() throws Exception {
        accounts.createInitial(new NewAccount("bo", "Bo", "bo@huddinge.example", "rostiga-kompasser-sjunger",
                Set.of(StaffRole.COMMITTEE)));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select coalesce(max(attempts), 0) from letter", Integer.class) == 1);
        assertThat(jdbc.queryForObject("select status from letter", String.class)).isEqualTo("PENDING");
        assertThat(jdbc.queryForObject("select last_error from letter", String.class)).isNotBlank();

        smtp.start();
        assertThat(dispatcher.sendDue()).as("not due before the backoff has passed").isZero();
        clock.advance(Duration.ofMinutes(2));
        assertThat(dispatcher.sendDue()).isEqualTo(1);
        assertThat(dispatcher.sendDue()).as("sent once, not again").isZero();

        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(jdbc.queryForObject("select status from letter", String.class)).isEqualTo("SENT");
    }
}
