package se.huddinge.delaktighet.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.huddinge.delaktighet.security.PasswordPolicy.Verdict;

/** 72 bytes pass and 73 do not (bcrypt's limit; å, ä, ö are two bytes each); guessable passwords are refused. */
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
            "tranbar-vid-flemingsberg, OK",
            "ett-langt-losenord, OK",
    })
    void a_password_is_judged_by_length_bytes_and_how_guessable_it_is(String password, Verdict verdict) {
        assertThat(PasswordPolicy.check(password, "leo", "Leo Ledamot", "leo@huddinge.example")).isEqualTo(verdict);
    }
}
