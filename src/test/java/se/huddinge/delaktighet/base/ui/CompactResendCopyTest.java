package se.huddinge.delaktighet.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class CompactResendCopyTest {

    private static final JsonMapper JSON = JsonMapper.shared();

    @Test
    void anAnswerWithOnlyLatin1IsKeptAsItIs() {
        String json = "{\"execute\":[[\"Var med och påverka Huddinge\"]],\"syncId\":1}";

        assertThat(CompactResendCopy.latin1(json)).isSameAs(json);
    }

    @Test
    void everyOtherCharacterIsEscapedAndTheJsonMeansTheSame() {
        String json = "{\"execute\":[[\"Start – Delaktighetsportalen\",\"😀 “citat” \\\" \\\\u2013\"]],\"syncId\":1}";

        String compact = CompactResendCopy.latin1(json);

        assertThat(compact.chars()).allMatch(c -> c <= 0xFF);
        assertThat(compact).contains("Start \\u2013 Delaktighetsportalen");
        assertThat(JSON.readTree(compact)).isEqualTo(JSON.readTree(json));
    }
}
