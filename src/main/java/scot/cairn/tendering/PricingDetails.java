package scot.cairn.tendering;

import java.math.BigDecimal;
import java.util.List;

/**
 * The pricing model as entered: the model, how it works in words, and the rate card. Blank rates (nothing typed in a
 * row) are left out; refusals name a rate by its place in the list as given.
 */
public record PricingDetails(PricingModel model, String basis, List<RateDetails> rates) {

    public PricingDetails {
        rates = rates == null
                ? List.of()
                : rates.stream()
                        .map(r -> r == null ? new RateDetails(null, null, null) : r)
                        .toList();
    }

    /** One line of the rate card: what is paid for, per what unit, and the price in pounds. */
    public record RateDetails(String item, String unit, BigDecimal price) {

        boolean blank() {
            return (item == null || item.isBlank()) && (unit == null || unit.isBlank()) && price == null;
        }
    }
}
