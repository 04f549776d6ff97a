package se.huddinge.delaktighet.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeptAnswersTest {

    @Test
    void aLongAnswerIsKeptInAQuarterOfItsSizeAndComesBackExactly() {
        var answer = new StringBuilder("{\"changes\":[");
        for (int node = 1; node < 80; node++) {
            answer.append("{\"node\":").append(node).append(",\"type\":\"put\",\"key\":\"tag\",\"feat\":0,\"value\":\"li\"},");
        }
        answer.append("],\"execute\":[[\"Start – Delaktighetsportalen 😀 Förslag\"]]}");
        String json = answer.toString();

        String kept = KeptAnswers.compact(json);

        assertThat(kept.length()).isLessThan(json.length() / 4);
        assertThat(kept.chars()).as("one byte per character").allMatch(c -> c <= 0xFF);
        assertThat(KeptAnswers.expand(kept)).isEqualTo(json);
        assertThat(KeptAnswers.compact(kept)).as("kept twice is kept once").isSameAs(kept);
    }

    @Test
    void aShortAnswerIsKeptAsItIs() {
        String click = "{\"syncId\":3,\"clientId\":2,\"changes\":[]}";

        assertThat(KeptAnswers.compact(click)).isSameAs(click);
        assertThat(KeptAnswers.expand(click)).isSameAs(click);
        assertThat(KeptAnswers.compact(null)).isNull();
        assertThat(KeptAnswers.expand(null)).isNull();
    }
}
