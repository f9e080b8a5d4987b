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
    public static final Message DECIMAL_COMMA = Message.of("platform.number.decimalComma");

    /** The refusal of text that is not a number at all. */
    public static final Message NOT_A_NUMBER = Message.of("platform.number.invalid");

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
     * What is wrong with the text as a number, as a sentence; null when it is a good number. The
     * digits are counted in the text, so a pasted page of digits is refused without being turned into a number.
     */
    public static Message problem(String text, int integerDigits, int fractionDigits) {
        if (text == null || text.isBlank()) {
            return Message.of("platform.number.missing");
        }
        var t = text.strip();
        if (t.contains(",") && !GROUPED.matcher(t).matches()) {
            return DECIMAL_COMMA;
        }
        var plain = t.replace(",", "");
        if (!PLAIN.matcher(plain).matches()) {
            return NOT_A_NUMBER;
        }
        var unsigned = plain.replaceFirst("^[-+]", "");
        int point = unsigned.indexOf('.');
        var whole = (point < 0 ? unsigned : unsigned.substring(0, point)).replaceFirst("^0+", "");
        var fraction = point < 0 ? "" : unsigned.substring(point + 1).replaceFirst("0+$", "");
        if (fraction.length() > fractionDigits) {
            return fractionDigits == 0
                    ? Message.of("platform.number.whole")
                    : Message.of("platform.number.decimals", fractionDigits);
        }
        if (whole.length() > integerDigits) {
            return fractionDigits == 0
                    ? Message.of("platform.number.wholeDigits", integerDigits)
                    : Message.of("platform.number.digits", integerDigits);
        }
        return null;
    }
}
