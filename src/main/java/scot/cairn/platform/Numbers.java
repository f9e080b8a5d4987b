package scot.cairn.platform;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reading numbers as people type them: "1500", "1,500", "3.5" or "-2". Commas group thousands; "1,5" is refused rather
 * than read as 15, because in much of Europe it means one and a half. A number must fit its column: at most
 * {@code integerDigits} digits before the point and {@code fractionDigits} after it.
 */
public final class Numbers {

    /** The refusal of a decimal comma, such as "1,5". */
    public static final String DECIMAL_COMMA =
            "use a full stop for decimals, like 1.5 (commas only group thousands, like 1,500)";

    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern PLAIN = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)");

    private Numbers() {}

    /** The number, or empty when the text is blank or has a {@link #problem}. */
    public static Optional<BigDecimal> read(String text, int integerDigits, int fractionDigits) {
        if (problem(text, integerDigits, fractionDigits) != null) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(text.strip().replace(",", "")));
    }

    /**
     * What is wrong with the text as a number, in words that finish "Value: ..."; null when it is a good number. The
     * digits are counted in the text, so a pasted page of digits is refused without being turned into a number.
     */
    public static String problem(String text, int integerDigits, int fractionDigits) {
        if (text == null || text.isBlank()) {
            return "enter a number";
        }
        var t = text.strip();
        if (t.contains(",") && !GROUPED.matcher(t).matches()) {
            return DECIMAL_COMMA;
        }
        var plain = t.replace(",", "");
        if (!PLAIN.matcher(plain).matches()) {
            return "enter a number, like 12 or 3.5";
        }
        var unsigned = plain.replaceFirst("^[-+]", "");
        int point = unsigned.indexOf('.');
        var whole = (point < 0 ? unsigned : unsigned.substring(0, point)).replaceFirst("^0+", "");
        var fraction = point < 0 ? "" : unsigned.substring(point + 1).replaceFirst("0+$", "");
        if (fraction.length() > fractionDigits) {
            return fractionDigits == 0 ? "enter a whole number" : "use at most " + fractionDigits + " decimal places";
        }
        if (whole.length() > integerDigits) {
            return fractionDigits == 0
                    ? "enter a whole number with at most " + integerDigits + " digits"
                    : "enter a number with at most " + integerDigits + " digits before the decimal point";
        }
        return null;
    }
}
