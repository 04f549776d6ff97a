package se.huddinge.delaktighet.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every CSV export: a cell a spreadsheet would run as a formula is written as text, also behind leading blanks. */
class CsvTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "\u00a0=1+1", " =1+1", "\u2007+A1", "\u202f-1+1", "\u3000@SUM(A1:A2)",
            "  \u00a0=HYPERLINK(\"http://example.com\")", "\t=1", "\r=1"})
    void a_cell_that_a_spreadsheet_would_run_is_prefixed_with_an_apostrophe(String typed) {
        assertThat(written(typed)).isEqualTo("'" + typed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Fler bänkar", " Fler bänkar", "\u00a0Fler bänkar", "1+1=2", "e-post@example.se"})
    void other_text_is_written_exactly_as_typed(String typed) {
        assertThat(written(typed)).isEqualTo(typed);
    }

    /** The one cell of a row as the file holds it, without the CSV quoting around it. */
    private static String written(String cell) {
        var out = new ByteArrayOutputStream();
        try (var csv = new Csv(out, "rubrik")) {
            csv.row(cell);
        }
        String file = out.toString(StandardCharsets.UTF_8);
        String row = file.substring(file.indexOf("\r\n") + 2, file.length() - 2);
        return row.startsWith("\"") ? row.substring(1, row.length() - 1).replace("\"\"", "\"") : row;
    }
}
