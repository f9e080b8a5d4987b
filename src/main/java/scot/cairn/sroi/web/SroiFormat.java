package scot.cairn.sroi.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import scot.cairn.sroi.Assumption;
import scot.cairn.sroi.SroiDisplay;
import scot.cairn.sroi.Threshold;

/** Rounding for the SROI pages ({@code ${@sroiFormat.money(x)}}); the figures themselves are never rounded. */
@Component("sroiFormat")
public class SroiFormat {

    private static final java.time.ZoneId LONDON = java.time.ZoneId.of("Europe/London");

    /** A moment as a day in the UK: 3 March 2027. */
    public String day(java.time.Instant at) {
        return java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
                .format(at.atZone(LONDON));
    }

    /** A moment as a day and time in the UK: 3 March 2027 at 14:05. */
    public String time(java.time.Instant at) {
        return java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK)
                .format(at.atZone(LONDON));
    }

    public String money(BigDecimal amount) {
        return amount == null ? "" : SroiDisplay.money(amount);
    }

    public String ratio(Optional<BigDecimal> ratio) {
        return ratio.map(SroiDisplay::ratio).orElse("None");
    }

    public String ratio(BigDecimal ratio) {
        return ratio == null ? "None" : SroiDisplay.ratio(ratio);
    }

    /** A net ratio, such as "£2.45 per £1" or "-£0.54 per £1". */
    public String net(Optional<BigDecimal> netRatio) {
        return netRatio.map(SroiDisplay::net).orElse("None");
    }

    /** Payback in months, or why there is none. */
    public String months(scot.cairn.sroi.SroiResult result) {
        return result.paybackMonths()
                .map(SroiDisplay::months)
                .orElse(result.message().orElse("Not paid back"));
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
        return plain(amount) + (assumption.inPercentagePoints() ? " percentage points" : "%");
    }

    /** A threshold in words, such as "+12.3 percentage points" or "No value reaches 1 : 1". */
    public String threshold(Threshold threshold) {
        return threshold
                .change()
                .map(c -> {
                    var rounded = c.setScale(1, RoundingMode.HALF_UP);
                    String sign = rounded.signum() > 0 ? "+" : "";
                    String unit = threshold.assumption().inPercentagePoints() ? " percentage points" : "%";
                    return sign + String.format(Locale.UK, "%,.1f", rounded) + unit;
                })
                .orElse(Threshold.UNREACHABLE);
    }
}
