package scot.cairn.sroi;

import java.math.BigDecimal;
import java.util.List;

/**
 * What one impact-map row is worth.
 *
 * @param impact the year-1 value: quantity x proxy value less deadweight, displacement and attribution
 * @param valuesPerYear undiscounted value in years 1 to the longest duration in the map (index 0 is year 1); 0 after
 *     the row's own duration; unmodifiable
 * @param presentValue the sum of the values, each discounted to today
 */
public record RowResult(ImpactRow row, BigDecimal impact, List<BigDecimal> valuesPerYear, BigDecimal presentValue) {

    public RowResult {
        valuesPerYear = List.copyOf(valuesPerYear);
    }

    /** The undiscounted value in {@code year} (1-based); 0 after the row's duration or the map's longest. */
    public BigDecimal valueInYear(int year) {
        if (year < 1) {
            throw new IllegalArgumentException("Years start at 1, was " + year);
        }
        return year > valuesPerYear.size() ? BigDecimal.ZERO : valuesPerYear.get(year - 1);
    }
}
