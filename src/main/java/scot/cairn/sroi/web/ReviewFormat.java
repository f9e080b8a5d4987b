package scot.cairn.sroi.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import scot.cairn.sroi.SroiDisplay;

/** Figures on the forecast-against-actual pages, with signs written out so differences never rely on colour. */
@Component("reviewFormat")
public class ReviewFormat {

    public String money(Optional<BigDecimal> amount) {
        return amount.map(SroiDisplay::money).orElse("Not in this analysis");
    }

    /** A difference in pounds with its sign: +£1,200.00, -£300.00, £0.00. */
    public String moneyChange(BigDecimal amount) {
        return (amount.setScale(2, RoundingMode.HALF_UP).signum() > 0 ? "+" : "") + SroiDisplay.money(amount);
    }

    /** A difference in a ratio, per pound invested: +£0.25 per £1. */
    public String ratioChange(Optional<BigDecimal> difference) {
        return difference.map(d -> moneyChange(d) + " per £1").orElse("Cannot compare: a ratio is missing");
    }

    public String quantity(Optional<BigDecimal> amount) {
        return amount.map(this::number).orElse("Not in this analysis");
    }

    /** A difference in a quantity with its sign: +2, -1.5, 0. */
    public String quantityChange(BigDecimal amount) {
        return (amount.signum() > 0 ? "+" : "") + number(amount);
    }

    public String percentOf(Optional<BigDecimal> percent) {
        return percent.map(p -> String.format(Locale.UK, "%,.1f%%", p.setScale(1, RoundingMode.HALF_UP)))
                .orElse("No forecast");
    }

    private String number(BigDecimal value) {
        var s = value.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
