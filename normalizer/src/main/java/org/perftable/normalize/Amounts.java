package org.perftable.normalize;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Printed amounts as exact decimals; money never goes through double. */
public final class Amounts {

    /** An unsigned printed number: optional thousands commas, optional decimals, ASCII or full-width digits. */
    static final String NUMBER = "(?:D{1,3}(?:,D{3})+|D+)(?:\\.D+)?".replace("D", "[0-9０-９]");

    private static final Pattern AMOUNT = Pattern.compile("-?" + NUMBER);

    private Amounts() {
    }

    /** The amount with its printed scale ("2,120.40" → 2120.40), or null when the text is not a bare number. */
    public static BigDecimal parse(String raw) {
        if (raw == null) {
            return null;
        }
        String text = raw.strip();
        return AMOUNT.matcher(text).matches() ? decimal(text) : null;
    }

    /** The amount when the text is one, else the text as printed: for table cells of either kind. */
    static Object orText(String text) {
        BigDecimal amount = parse(text);
        return amount != null ? amount : text;
    }

    /** Converts text already matched by {@link #NUMBER} (optionally signed). */
    static BigDecimal decimal(String number) {
        StringBuilder ascii = new StringBuilder(number.length());
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c >= '０' && c <= '９') {
                ascii.append((char) (c - '０' + '0'));
            } else if (c != ',') {
                ascii.append(c);
            }
        }
        return new BigDecimal(ascii.toString());
    }
}
