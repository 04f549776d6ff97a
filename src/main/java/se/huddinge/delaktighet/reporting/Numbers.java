package se.huddinge.delaktighet.reporting;

import java.text.NumberFormat;
import java.util.Locale;

/** Figures as the reader's language writes them; a dash where there is nothing to measure. */
public final class Numbers {

    public static final String NONE = "–";

    private Numbers() {
    }

    public static String percent(Double share, Locale locale) {
        if (share == null) {
            return NONE;
        }
        var format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(0);
        return format.format(share);
    }

    public static String decimal(Double value, Locale locale) {
        if (value == null) {
            return NONE;
        }
        var format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }
}
