package scot.cairn.tendering;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import scot.cairn.platform.Labelled;
import scot.cairn.platform.Message;

/**
 * The words of what the specification carries from the records, in one language: the same records always read the
 * same, so that a version can be checked against the records before the board approves it.
 */
record SpecWords(MessageSource messages, Locale locale) {

    String of(String key, Object... args) {
        return messages.getMessage(Message.of(key, args), locale);
    }

    /** A label as a record link gives it: a message in this language, or words people typed. */
    String label(Object label) {
        return label instanceof MessageSourceResolvable m ? messages.getMessage(m, locale) : String.valueOf(label);
    }

    String label(Labelled value) {
        return of(value.labelKey());
    }

    /** A number as entered, without trailing zeros; "not set" when there is none. */
    String number(BigDecimal value) {
        return value == null
                ? of("tendering.spec.notSet")
                : value.stripTrailingZeros().toPlainString();
    }

    String money(BigDecimal value, String currency) {
        if (value == null) {
            return of("tendering.spec.notSet");
        }
        String amount = String.format(Locale.UK, "%,.2f", value);
        return "GBP".equals(currency) ? "£" + amount : currency + " " + amount;
    }

    String day(LocalDate day) {
        return day == null
                ? of("tendering.spec.notSet")
                : day.format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
    }
}
