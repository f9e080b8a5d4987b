package scot.cairn.tendering;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.Limit;

/**
 * A partnership's pricing model for the tendered contract. Invariants: a model always; prices per unit or per
 * outcome always have a rate card; at most {@link #RATES} rates, each naming what is paid for and its unit, at a
 * price in pounds and pence from zero to a billion; the words at most {@link #BASIS} characters.
 */
@Table("tendering_pricing")
class Pricing {

    static final Limit RATES = new Limit(30, "tendering.limit.rates");
    static final int BASIS = 2000;
    static final int ITEM = 200;
    static final int UNIT = 60;
    static final BigDecimal MOST = new BigDecimal("1000000000");

    @Id
    private final Long id;

    @Version
    private final Integer version;

    private final long partnershipId;
    private PricingModel model;
    private String basis;
    private Instant updatedAt;

    @MappedCollection(idColumn = "pricing_id", keyColumn = "position")
    private List<Rate> rates;

    @PersistenceCreator
    Pricing(
            Long id,
            Integer version,
            long partnershipId,
            PricingModel model,
            String basis,
            Instant updatedAt,
            List<Rate> rates) {
        this.id = id;
        this.version = version;
        this.partnershipId = partnershipId;
        this.model = model;
        this.basis = basis;
        this.updatedAt = updatedAt;
        this.rates = new ArrayList<>(rates == null ? List.of() : rates);
    }

    static Pricing set(long partnershipId, PricingDetails d, Instant at) {
        var made = new Pricing(null, null, partnershipId, null, null, at, List.of());
        made.change(d, at);
        return made;
    }

    /** Replaces the model, words and rate card, all checked first: a refusal changes nothing. */
    void change(PricingDetails d, Instant at) {
        var given = d.rates();
        RATES.check("rates", (int) given.stream().filter(r -> !r.blank()).count());
        var errors = new InvalidInputException.Collector()
                .rejectIf(d.model() == null, "model", "tendering.pricing.modelMissing")
                .rejectIf(
                        d.basis() != null && d.basis().strip().length() > BASIS,
                        "basis",
                        "tendering.pricing.basisTooLong",
                        BASIS);
        var checked = new ArrayList<Rate>();
        for (int n = 0; n < given.size(); n++) {
            var r = given.get(n);
            if (r.blank()) {
                continue;
            }
            String field = "rates[" + n + "].";
            var price = r.price();
            errors.rejectIf(blank(r.item()), field + "item", "tendering.rate.itemMissing", n + 1)
                    .rejectIf(tooLong(r.item(), ITEM), field + "item", "tendering.rate.itemTooLong", n + 1, ITEM)
                    .rejectIf(blank(r.unit()), field + "unit", "tendering.rate.unitMissing", n + 1)
                    .rejectIf(tooLong(r.unit(), UNIT), field + "unit", "tendering.rate.unitTooLong", n + 1, UNIT)
                    .rejectIf(price == null, field + "price", "tendering.rate.priceMissing", n + 1)
                    .rejectIf(
                            price != null
                                    && (price.signum() < 0
                                            || price.compareTo(MOST) > 0
                                            || price.stripTrailingZeros().scale() > 2),
                            field + "price",
                            "tendering.rate.priceRange",
                            n + 1);
            checked.add(new Rate(
                    r.item() == null ? null : r.item().strip(),
                    r.unit() == null ? null : r.unit().strip(),
                    price));
        }
        errors.rejectIf(
                d.model() != null && d.model().needsRates() && checked.isEmpty(),
                "rates",
                "tendering.pricing.ratesNeeded");
        errors.throwIfAny();
        this.model = d.model();
        this.basis = d.basis() == null ? "" : d.basis().strip();
        this.rates = checked.stream()
                .map(r -> new Rate(r.item(), r.unit(), r.price().setScale(2, java.math.RoundingMode.UNNECESSARY)))
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        this.updatedAt = at;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static boolean tooLong(String s, int most) {
        return s != null && s.strip().length() > most;
    }

    PricingDetails details() {
        return new PricingDetails(
                model,
                basis,
                rates.stream()
                        .map(r -> new PricingDetails.RateDetails(r.item(), r.unit(), r.price()))
                        .toList());
    }

    Long id() {
        return id;
    }

    Integer version() {
        return version;
    }

    long partnershipId() {
        return partnershipId;
    }

    Instant updatedAt() {
        return updatedAt;
    }
}
