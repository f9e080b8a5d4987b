package scot.cairn.sroi.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import scot.cairn.sroi.Assumption;
import scot.cairn.sroi.SroiDisplay;
import scot.cairn.sroi.SroiResult;
import scot.cairn.sroi.Threshold;

/**
 * Rounding for the SROI pages ({@code ${@sroiFormat.money(x)}}), with the words around the figures in the reader's
 * language; the figures themselves are never rounded. Amounts keep the UK's pound sign and separators in every
 * language.
 */
@Component("sroiFormat")
public class SroiFormat {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final MessageSource messages;

    SroiFormat(MessageSource messages) {
        this.messages = messages;
    }

    /** A moment as a day in the UK, month in the reader's language: 3 March 2027. */
    public String day(Instant at) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", locale()).format(at.atZone(LONDON));
    }

    /** A moment as a day and time in the UK: 3 March 2027 at 14:05. */
    public String time(Instant at) {
        var when = at.atZone(LONDON);
        return text(
                "sroi.format.time",
                day(at),
                DateTimeFormatter.ofPattern("HH:mm").format(when));
    }

    public String money(BigDecimal amount) {
        return amount == null ? "" : SroiDisplay.money(amount);
    }

    public String ratio(Optional<BigDecimal> ratio) {
        return ratio.map(SroiDisplay::ratio).orElse(text("sroi.format.none"));
    }

    public String ratio(BigDecimal ratio) {
        return ratio == null ? text("sroi.format.none") : SroiDisplay.ratio(ratio);
    }

    /** A net ratio, such as "£2.45 per £1" or "-£0.54 per £1". */
    public String net(Optional<BigDecimal> netRatio) {
        return netRatio.map(r -> text("sroi.format.perPound", SroiDisplay.money(r)))
                .orElse(text("sroi.format.none"));
    }

    /** Payback in months, or why there is none. */
    public String months(SroiResult result) {
        return result.paybackMonths()
                .map(m -> text("sroi.format.months", SroiDisplay.months(m)))
                .orElseGet(() -> result.reason()
                        .map(r -> messages.getMessage(r, locale()))
                        .orElse(text("sroi.format.notPaidBack")));
    }

    /** A number as entered, without trailing zeros: 25, 12.5, 1250.5. */
    public String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    public String percent(BigDecimal value) {
        return plain(value) + "%";
    }

    /** How an assumption moves: "10 percentage points" or "10%". */
    public String step(Assumption assumption, BigDecimal amount) {
        return assumption.inPercentagePoints() ? text("sroi.format.points", plain(amount)) : plain(amount) + "%";
    }

    /** A threshold in words, such as "+12.3 percentage points" or "No value reaches 1 : 1". */
    public String threshold(Threshold threshold) {
        return threshold
                .change()
                .map(c -> {
                    var rounded = c.setScale(1, RoundingMode.HALF_UP);
                    String amount = (rounded.signum() > 0 ? "+" : "") + oneDecimal(rounded);
                    return threshold.assumption().inPercentagePoints()
                            ? text("sroi.format.points", amount)
                            : amount + "%";
                })
                .orElse(text("sroi.format.unreachable"));
    }

    private static String oneDecimal(BigDecimal value) {
        return String.format(Locale.UK, "%,.1f", value.setScale(1, RoundingMode.HALF_UP));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
