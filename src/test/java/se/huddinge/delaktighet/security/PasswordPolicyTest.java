package se.huddinge.delaktighet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.huddinge.delaktighet.MutableClock;
import se.huddinge.delaktighet.base.PortalSettings;
import se.huddinge.delaktighet.security.PasswordPolicy.Verdict;

/**
 * 72 bytes pass and 73 do not (bcrypt's limit; å, ä, ö are two bytes each); guessable passwords are refused: common
 * ones, patterns, the account's names, and what a guesser at Huddinge tries first — the municipality's name, the
 * year, common Swedish words — also with spaces or hyphens between them.
 */
class PasswordPolicyTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "kort-ord, TOO_SHORT",
            "blåbärssylt-på-ängen-vid-sjön-är-gott-och-lingon-också-fast-surax, OK",
            "blåbärssylt-på-ängen-vid-sjön-är-gott-och-lingon-också-fast-suraxy, TOO_LONG",
            "åäöåäöåäöåäöåäöåäöåäöåäöåäöåäöåäöåäö, TOO_EASY",
            "password1234, TOO_EASY",
            "123456789012, TOO_EASY",
            "qwertyuiopasdf, TOO_EASY",
            "aaaaaaaaaaaaaaaa, TOO_EASY",
            "Sommar2026!!, TOO_EASY",
            "Lösenord2026!, TOO_EASY",
            "Huddinge2026!, TOO_EASY",
            "leoledamot123, TOO_EASY",
            "Huddinge kommun 2026, TOO_EASY",
            "Huddinge-kommun-2027, TOO_EASY",
            "Kommunen Huddinge!, TOO_EASY",
            "huddinge_kommun_31, TOO_EASY",
            "jättebra-lösenord-1, TOO_EASY",
            "jattebra-losenord-1, TOO_EASY",
            "Jättebra Lösenord 2026, TOO_EASY",
            "ett långt lösenord, TOO_EASY",
            "tranbär-vid-flemingsberg, TOO_EASY",
            "katt hund fågel, TOO_EASY",
            "katt hund fågel sol, OK",
            "rostiga-kompasser-sjunger, OK",
            "grodor spelar oboe i natt, OK",
            "correct horse battery staple, OK",
            "x7-Lq.9z_Pw2, OK",
            "x7#Lq!9z@Pw2, OK",
            // the demo accounts' password and the Docker set-up's first administrator's
            "tolv-gula-tekoppar-i-regn, OK",
            "byt-genast-rostiga-kompasser, OK",
    })
    void a_password_is_judged_by_length_bytes_and_how_guessable_it_is(String password, Verdict verdict) {
        assertThat(policy("Huddinge kommun").check(password, "leo", "Leo Ledamot", "leo@huddinge.example"))
                .isEqualTo(verdict);
    }

    @Test
    void the_municipalitys_name_is_the_one_in_the_settings() {
        assertThat(policy("Ankeborgs kommun").check("Ankeborgs kommun 2026")).isEqualTo(Verdict.TOO_EASY);
        assertThat(policy("Huddinge kommun").check("Ankeborgs kommun 2026")).isEqualTo(Verdict.OK);
    }

    private static PasswordPolicy policy(String municipality) {
        var clock = new MutableClock(java.time.Instant.EPOCH);
        clock.setTo("2026-03-02T09:00:00");
        return new PasswordPolicy(new PortalSettings(URI.create("https://delaktighet.example/"),
                ZoneId.of("Europe/Stockholm"), municipality,
                new PortalSettings.Contact("08-535 300 00", "k@huddinge.se", "a@huddinge.se", "d@huddinge.se"),
                new PortalSettings.Mail("no-reply@huddinge.se", municipality)), clock);
    }
}
