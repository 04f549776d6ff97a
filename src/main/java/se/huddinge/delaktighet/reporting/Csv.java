package se.huddinge.delaktighet.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV that Excel opens as it should: UTF-8 with a byte order mark (so å, ä and ö survive), semicolons (Swedish
 * Excel's list separator) and every cell that a spreadsheet would take for a formula (= + - @, also behind leading
 * blanks; tab, carriage return) prefixed with an apostrophe, so an exported title cannot run as a formula (OWASP
 * "CSV injection").
 */
public final class Csv implements AutoCloseable {

    private static final CSVFormat FORMAT = CSVFormat.EXCEL.builder().setDelimiter(';').get();

    private final CSVPrinter printer;

    public Csv(OutputStream out, String... header) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            printer = new CSVPrinter(writer, FORMAT);
            row((Object[]) header);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void row(Object... cells) {
        row(Arrays.asList(cells));
    }

    public void row(List<?> cells) {
        try {
            printer.printRecord(cells.stream().map(Csv::cell).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A cell as text, neutralised when a spreadsheet would read it as a formula. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        if (value instanceof Number) {
            return s;
        }
        return formula(s) ? "'" + s : s;
    }

    /**
     * Whether a spreadsheet may take the cell for a formula: it starts with a tab or carriage return, or its first
     * character after any blanks (spaces, no-break and other Unicode spaces, line breaks), which a spreadsheet may
     * skip, is = + - or @.
     */
    private static boolean formula(String s) {
        if (s.startsWith("\t") || s.startsWith("\r")) {
            return true;
        }
        int i = 0;
        while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || Character.isSpaceChar(s.charAt(i)))) {
            i++;
        }
        return i < s.length() && "=+-@".indexOf(s.charAt(i)) >= 0;
    }

    @Override
    public void close() {
        try {
            printer.close(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
