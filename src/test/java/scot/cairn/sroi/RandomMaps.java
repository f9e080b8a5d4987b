package scot.cairn.sroi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Seeded random impact maps and inputs for property and timing tests. */
final class RandomMaps {

    private static final String[] STAKEHOLDERS = {"Young people", "Carers", "Council", "NHS board", "Volunteers"};
    private static final String[] OUTCOMES = {
        "Stable placement", "Better mental health", "Into work", "Fewer admissions", "Confidence", "Reduced isolation"
    };

    private final Random random;

    RandomMaps(long seed) {
        this.random = new Random(seed);
    }

    Random random() {
        return random;
    }

    /** Rows with durations 1 to {@code maxYears} (the last row lasts exactly {@code maxYears}). */
    List<ImpactRow> rows(int count, int maxYears) {
        List<ImpactRow> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int years = i == count - 1 ? maxYears : 1 + random.nextInt(maxYears);
            rows.add(new ImpactRow(
                    pick(STAKEHOLDERS),
                    pick(OUTCOMES),
                    "Indicator " + i,
                    random.nextInt(10) == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(1 + random.nextInt(400)),
                    years,
                    BigDecimal.valueOf(random.nextInt(500_000), 2),
                    "Proxy " + i,
                    "Unit Costs of Health and Social Care",
                    percent(),
                    percent(),
                    percent(),
                    percent()));
        }
        return rows;
    }

    /** Like {@link #rows} but percentages in whole 5-point steps up to 50, as analysts usually write them. */
    List<ImpactRow> typicalRows(int count, int maxYears) {
        List<ImpactRow> rows = new ArrayList<>(count);
        for (ImpactRow row : rows(count, maxYears)) {
            rows.add(new ImpactRow(
                    row.stakeholder(),
                    row.outcome(),
                    row.indicator(),
                    row.quantity(),
                    row.durationYears(),
                    row.proxyValue(),
                    row.proxyDescription(),
                    row.proxySource(),
                    step(),
                    step(),
                    step(),
                    step()));
        }
        return rows;
    }

    /** One to three investments, some with no in-kind part; occasionally all zero when {@code allowNone}. */
    List<Investment> investments(boolean allowNone) {
        List<Investment> investments = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            BigDecimal cash = BigDecimal.valueOf(random.nextInt(20_000_000), 2);
            BigDecimal inKind =
                    random.nextBoolean() ? BigDecimal.ZERO : BigDecimal.valueOf(random.nextInt(5_000_000), 2);
            investments.add(new Investment("Funder " + i, "", cash, inKind));
        }
        if (allowNone && random.nextInt(20) == 0) {
            return List.of(new Investment("Funder", "", BigDecimal.ZERO, BigDecimal.ZERO));
        }
        return investments;
    }

    Settings settings() {
        return new Settings(
                BigDecimal.valueOf(random.nextInt(100), 1),
                random.nextBoolean(),
                random.nextBoolean() ? DeductionMethod.MULTIPLIED : DeductionMethod.ADDED,
                random.nextBoolean() ? DropOffMethod.COMPOUNDING : DropOffMethod.STRAIGHT_LINE);
    }

    /** 0 to 100 with one decimal place, mostly low, sometimes exactly 0 or 100. */
    private BigDecimal percent() {
        int kind = random.nextInt(10);
        if (kind == 0) {
            return BigDecimal.ZERO;
        }
        if (kind == 1) {
            return BigDecimal.valueOf(100);
        }
        return BigDecimal.valueOf(random.nextInt(kind < 5 ? 1001 : 501), 1);
    }

    private BigDecimal step() {
        return BigDecimal.valueOf(5L * random.nextInt(11));
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
