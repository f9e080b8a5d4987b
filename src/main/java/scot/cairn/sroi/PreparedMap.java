package scot.cairn.sroi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * An impact map and its inputs prepared for calculation: every row's impact, discounted drop-off factor and present
 * value, the total present value (exact sum of the rows') and the investment split into cash and in-kind.
 */
final class PreparedMap {

    private final Settings settings;
    private final Discounting discounting;
    private final List<PreparedRow> rows;
    private final BigDecimal presentValue;
    private final BigDecimal cash;
    private final BigDecimal inKind;

    private PreparedMap(List<ImpactRow> rows, List<Investment> investments, Settings settings) {
        this.settings = settings;
        int years = rows.stream().mapToInt(ImpactRow::durationYears).max().orElse(0);
        this.discounting = new Discounting(settings, years);
        this.rows = new ArrayList<>(rows.size());
        BigDecimal total = BigDecimal.ZERO;
        for (ImpactRow row : rows) {
            PreparedRow prepared = PreparedRow.of(row, settings, discounting);
            this.rows.add(prepared);
            total = total.add(prepared.presentValue());
        }
        this.presentValue = total;
        this.cash = investments.stream().map(Investment::cash).reduce(BigDecimal.ZERO, BigDecimal::add);
        this.inKind = investments.stream().map(Investment::inKind).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static PreparedMap of(List<ImpactRow> rows, List<Investment> investments, Settings settings) {
        if (rows == null || investments == null || settings == null) {
            throw new IllegalArgumentException("Rows, investments and settings are required (lists may be empty)");
        }
        return new PreparedMap(List.copyOf(rows), List.copyOf(investments), settings);
    }

    Settings settings() {
        return settings;
    }

    Discounting discounting() {
        return discounting;
    }

    List<PreparedRow> rows() {
        return rows;
    }

    BigDecimal presentValue() {
        return presentValue;
    }

    BigDecimal cash() {
        return cash;
    }

    BigDecimal inKind() {
        return inKind;
    }

    BigDecimal investment() {
        return cash.add(inKind);
    }
}
