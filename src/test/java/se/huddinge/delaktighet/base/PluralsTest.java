package se.huddinge.delaktighet.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.huddinge.delaktighet.base.i18n.PortalI18n;

/** Texts with a count say "1 minut", "1 ledamot", "1 day": one and many in Swedish and English. */
class PluralsTest {

    private final PortalI18n i18n = new PortalI18n();

    private String sv(String key, Object... params) {
        return i18n.getTranslation(key, PortalI18n.SWEDISH, params).replace('\u00a0', ' ');
    }

    private String en(String key, Object... params) {
        return i18n.getTranslation(key, Locale.ENGLISH, params).replace('\u00a0', ' ');
    }

    @Test
    void waiting_minutes() {
        assertThat(sv("floods.tooMany", 1)).contains("Vänta 1 minut och");
        assertThat(sv("floods.tooMany", 20)).contains("Vänta 20 minuter och");
        assertThat(en("floods.tooMany", 1)).contains("Wait 1 minute and");
        assertThat(en("floods.tooMany", 20)).contains("Wait 20 minutes and");
        assertThat(sv("login.throttled.text", 1L)).contains("Vänta 1 minut och");
        assertThat(en("login.throttled.text", 15L)).contains("Wait 15 minutes and");
    }

    @Test
    void reminded_members() {
        assertThat(sv("review.prize.reminded", 1)).isEqualTo("Påminnelse skickad till 1 ledamot.");
        assertThat(sv("review.prize.reminded", 3)).isEqualTo("Påminnelse skickad till 3 ledamöter.");
        assertThat(en("review.prize.reminded", 1)).isEqualTo("Reminder sent to 1 member.");
        assertThat(en("review.prize.reminded", 3)).isEqualTo("Reminder sent to 3 members.");
    }

    @Test
    void days_hours_and_minutes_left() {
        assertThat(sv("prize.phase.lastDay", "i kväll", 1L, 1L)).endsWith("Det är 1 timme och 1 minut kvar.");
        assertThat(sv("prize.phase.lastDay", "i kväll", 14L, 29L)).endsWith("Det är 14 timmar och 29 minuter kvar.");
        assertThat(sv("prize.phase.lastDay", "i kväll", 0L, 0L)).endsWith("Det är 0 timmar och 0 minuter kvar.");
        assertThat(en("prize.phase.lastDay", "tonight", 1L, 1L)).endsWith("1 hour and 1 minute.");
        assertThat(sv("prize.phase.open", "fredag", 1L)).endsWith("Det är 1 dag kvar.");
        assertThat(en("prize.phase.open", "Friday", 10L)).endsWith("10 days left.");
        assertThat(sv("proposal.daysLeft", 1L)).isEqualTo("1 dag kvar");
        assertThat(en("proposal.daysLeft", 1L)).isEqualTo("1 day left");
        assertThat(sv("review.round.closesIn", 0L, "x")).isEqualTo("Nomineringen stänger i dag (x).");
        assertThat(sv("review.round.closesIn", 1L, "x")).isEqualTo("Nomineringen stänger om 1 dag (x).");
        assertThat(en("review.round.closesIn", 12L, "x")).isEqualTo("Nominations close in 12 days (x).");
    }

    @Test
    void supports_winners_and_files_in_english() {
        assertThat(en("confirmSupport.done", "Fler bänkar", 1)).endsWith("The proposal now has 1 support.");
        assertThat(en("confirmSupport.already", "Fler bänkar", 2)).endsWith("The proposal has 2 supports.");
        assertThat(en("prize.sum", 25000, 1)).isEqualTo("The prize is 25,000 kronor, for one winner.");
        assertThat(sv("prize.sum", 25000, 2)).isEqualTo("Prissumman är 25 000 kronor och delas mellan högst 2 vinnare.");
        assertThat(en("decision.intro", 2)).isEqualTo("Choose at most 2 winners and write the committee's citation for each.");
        assertThat(en("upload.refusedTooMany", "a.pdf", 1)).endsWith("you can attach at most one file.");
        assertThat(sv("submit.field.attachments.help", 3, 5)).startsWith("Du kan bifoga högst 3 bilder eller PDF-filer");
    }
}
