package se.huddinge.delaktighet;

import java.time.LocalDateTime;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import se.huddinge.delaktighet.base.LetterLinks;

/** Replaces the system clock with one the tests move; lets tests take links' tokens. */
@TestConfiguration(proxyBeanMethods = false)
public class TestConfig {

    /** Where the tests' clock starts: a Monday morning in Stockholm. */
    public static final String START = "2026-03-02T09:00:00";

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock(LocalDateTime.parse(START).atZone(MutableClock.STOCKHOLM).toInstant());
    }

    /** Lets tests mint a link's token as its letter would ({@link SentLinks}). */
    @Bean
    SentLinks.Registration sentLinks(LetterLinks links) {
        return new SentLinks.Registration(links);
    }
}
