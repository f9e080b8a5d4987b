package scot.cairn.sroi.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import scot.cairn.sroi.SroiDisplay;

/** Figures on the forecast-against-actual pages, with signs written out so differences never rely on colour. */
@Component("reviewFormat")
public class ReviewFormat {

    private final MessageSource messages;

    ReviewFormat(MessageSource messages) {
        this.messages = messages;
    }

    public String money(Optional<BigDecimal> amount) {
        return amount.map(SroiDisplay::money).orElseGet(() -> text("sroi.review.notInAnalysis"));
    }

    /** A difference in pounds with its sign: +£1,200.00, -£300.00, £0.00. */
    public String moneyChange(BigDecimal amount) {
        return (amount.setScale(2, RoundingMode.HALF_UP).signum() > 0 ? "+" : "") + SroiDisplay.money(amount);
    }

    /** A difference in a ratio, per pound invested: +£0.25 per £1. */
    public String ratioChange(Optional<BigDecimal> difference) {
        return difference
                .map(d -> text("sroi.format.perPound", moneyChange(d)))
                .orElseGet(() -> text("sroi.review.cannotCompare"));
    }

    public String quantity(Optional<BigDecimal> amount) {
        return amount.map(this::number).orElseGet(() -> text("sroi.review.notInAnalysis"));
    }

    /** A difference in a quantity with its sign: +2, -1.5, 0. */
    public String quantityChange(BigDecimal amount) {
        return (amount.signum() > 0 ? "+" : "") + number(amount);
    }

    public String percentOf(Optional<BigDecimal> percent) {
        return percent.map(p -> String.format(Locale.UK, "%,.1f%%", p.setScale(1, RoundingMode.HALF_UP)))
                .orElseGet(() -> text("sroi.review.noForecast"));
    }

    private String number(BigDecimal value) {
        var s = value.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
