package scot.cairn.sroi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Properties that must hold for any impact map, checked on 200 maps from a seeded {@link Random} (so a failure can be
 * reproduced: the message names the map's number). Maps have 1 to 12 rows, 1 to 15 years, random settings, and
 * percentages that include 0 and 100.
 */
class SroiPropertyTests {

    private static final int MAPS = 200;
    private static final BigDecimal ONE_IN_A_MILLION = new BigDecimal("1e-6");

    private final SroiCalculator calculator = new SroiCalculator();

    @Test
    void presentValueAndEveryValueAreNeverNegative() {
        forEachMap(map -> {
            SroiResult result = map.calculate();
            assertThat(result.presentValue()).isNotNegative();
            assertThat(result.rows()).allSatisfy(row -> {
                assertThat(row.presentValue()).isNotNegative();
                assertThat(row.valuesPerYear())
                        .allSatisfy(value -> assertThat(value).isNotNegative());
            });
        });
    }

    @Test
    void breakdownsAddUpToTheTotalPresentValue() {
        forEachMap(map -> {
            SroiResult result = map.calculate();
            assertThat(sum(result.presentValueByStakeholder().values())).isEqualByComparingTo(result.presentValue());
            assertThat(sum(result.presentValueByOutcome().values())).isEqualByComparingTo(result.presentValue());
            assertThat(sum(result.rows().stream().map(RowResult::presentValue).toList()))
                    .isEqualByComparingTo(result.presentValue());
        });
    }

    @Test
    void ratioFallsOrStaysWhenDeadweightRises() {
        forEachMap(map -> {
            Optional<BigDecimal> before = map.calculate().ratio();
            BigDecimal rise = BigDecimal.valueOf(map.random.nextInt(1001), 1);
            int only = map.random.nextInt(map.rows.size());
            List<ImpactRow> allRaised = Changes.rows(map.rows, Assumption.DEADWEIGHT, rise);
            List<ImpactRow> oneRaised = new ArrayList<>(map.rows);
            oneRaised.set(only, allRaised.get(only));

            for (List<ImpactRow> raised : List.of(allRaised, oneRaised)) {
                Optional<BigDecimal> after = calculator
                        .calculate(raised, map.investments, map.settings)
                        .ratio();
                assertThat(after.isPresent()).isEqualTo(before.isPresent());
                after.ifPresent(ratio -> assertThat(ratio).isLessThanOrEqualTo(before.orElseThrow()));
            }
        });
    }

    @Test
    void withNoDiscountingThePresentValueIsTheSumOfTheValues() {
        forEachMap(map -> {
            Settings undiscounted = map.settings.withDiscountRate(BigDecimal.ZERO);
            SroiResult result = calculator.calculate(map.rows, map.investments, undiscounted);
            BigDecimal values = sum(result.valuesPerYear());
            assertThat(result.presentValue()).isCloseTo(values, within(relative(values, "1e-25")));
        });
    }

    @Test
    void sensitivityOfZeroIsTheBaseRatio() {
        forEachMap(map -> {
            List<Variation> none = new ArrayList<>();
            for (Assumption assumption : Assumption.values()) {
                none.add(new Variation(assumption, BigDecimal.ZERO));
            }
            SensitivityReport report = map.sensitivity(none);
            Optional<BigDecimal> base = map.calculate().ratio();
            assertThat(report.baseRatio()).isEqualTo(base);
            assertThat(report.lines()).allSatisfy(line -> {
                assertSameRatio(line.ratioAtMinus(), base);
                assertSameRatio(line.ratioAtPlus(), base);
            });
        });
    }

    @Test
    void sensitivityMatchesRecalculatingTheChangedMap() {
        forEachMap(map -> {
            List<Variation> variations = new ArrayList<>();
            for (Assumption assumption : Assumption.values()) {
                variations.add(new Variation(assumption, BigDecimal.valueOf(map.random.nextInt(1201), 1)));
            }
            SensitivityReport report = map.sensitivity(variations);
            for (SensitivityLine line : report.lines()) {
                assertSameRatio(
                        line.ratioAtMinus(),
                        map.recalculated(line.assumption(), line.amount().negate()));
                assertSameRatio(line.ratioAtPlus(), map.recalculated(line.assumption(), line.amount()));
            }
        });
    }

    @Test
    void moreDeductionsOrDropOffNeverRaiseTheRatioAndMoreValueNeverLowersIt() {
        forEachMap(map -> {
            List<Variation> variations = new ArrayList<>();
            for (Assumption assumption : Assumption.values()) {
                variations.add(new Variation(assumption, BigDecimal.valueOf(1 + map.random.nextInt(50))));
            }
            SensitivityReport report = map.sensitivity(variations);
            report.baseRatio()
                    .ifPresent(base -> assertThat(report.lines()).allSatisfy(line -> {
                        BigDecimal minus = line.ratioAtMinus().orElse(null);
                        BigDecimal plus = line.ratioAtPlus().orElseThrow();
                        boolean costs = line.assumption().inPercentagePoints()
                                || line.assumption() == Assumption.IN_KIND_INPUTS;
                        BigDecimal low = costs ? plus : minus;
                        BigDecimal high = costs ? minus : plus;
                        assertThat(low).isLessThanOrEqualTo(base);
                        if (high != null) {
                            assertThat(high).isGreaterThanOrEqualTo(base);
                        }
                    }));
        });
    }

    @Test
    void thresholdsPluggedBackGiveARatioOfOne() {
        int[] found = new int[Assumption.values().length];
        forEachMap(map -> {
            SensitivityReport report = map.sensitivity(List.of());
            for (Threshold threshold : report.thresholds()) {
                threshold.change().ifPresent(change -> {
                    found[threshold.assumption().ordinal()]++;
                    assertThat(map.recalculated(threshold.assumption(), change))
                            .hasValueSatisfying(
                                    ratio -> assertThat(ratio).isCloseTo(BigDecimal.ONE, within(ONE_IN_A_MILLION)));
                });
            }
        });
        // The maps are varied enough that every assumption has thresholds to check (drop-off has fewest: 18).
        assertThat(Arrays.stream(found).min().orElseThrow())
                .as("thresholds found for the assumption with fewest")
                .isGreaterThanOrEqualTo(10);
    }

    @Test
    void unreachableThresholdsReallyCannotBeReached() {
        forEachMap(map -> {
            SensitivityReport report = map.sensitivity(List.of());
            report.baseRatio().ifPresent(base -> {
                for (Threshold threshold : report.thresholds()) {
                    if (!threshold.reachable() && threshold.assumption().inPercentagePoints()) {
                        // Both ends of the range leave the ratio on the same side of 1 as the base.
                        int side = base.compareTo(BigDecimal.ONE);
                        for (BigDecimal end : List.of(new BigDecimal("-100"), new BigDecimal("100"))) {
                            BigDecimal ratio = map.recalculated(threshold.assumption(), end)
                                    .orElseThrow();
                            assertThat(ratio.compareTo(BigDecimal.ONE)).isEqualTo(side);
                        }
                    }
                }
            });
        });
    }

    private void forEachMap(Consumer<RandomMap> check) {
        RandomMaps maps = new RandomMaps(20260412L);
        for (int i = 0; i < MAPS; i++) {
            Random random = maps.random();
            RandomMap map = new RandomMap(
                    i,
                    maps.rows(1 + random.nextInt(12), 1 + random.nextInt(15)),
                    maps.investments(true),
                    maps.settings(),
                    random);
            try {
                check.accept(map);
            } catch (AssertionError failure) {
                throw new AssertionError("Map " + i + ": " + failure.getMessage(), failure);
            }
        }
    }

    private static void assertSameRatio(Optional<BigDecimal> actual, Optional<BigDecimal> expected) {
        assertThat(actual.isPresent()).isEqualTo(expected.isPresent());
        actual.ifPresent(ratio -> assertThat(ratio).isEqualByComparingTo(expected.orElseThrow()));
    }

    private static BigDecimal relative(BigDecimal value, String tolerance) {
        return value.abs().max(BigDecimal.ONE).multiply(new BigDecimal(tolerance), MathContext.DECIMAL128);
    }

    private static BigDecimal sum(Iterable<BigDecimal> values) {
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal value : values) {
            total = total.add(value);
        }
        return total;
    }

    private final class RandomMap {
        final int number;
        final List<ImpactRow> rows;
        final List<Investment> investments;
        final Settings settings;
        final Random random;

        RandomMap(int number, List<ImpactRow> rows, List<Investment> investments, Settings settings, Random random) {
            this.number = number;
            this.rows = rows;
            this.investments = investments;
            this.settings = settings;
            this.random = random;
        }

        SroiResult calculate() {
            return calculator.calculate(rows, investments, settings);
        }

        SensitivityReport sensitivity(List<Variation> variations) {
            return SensitivityAnalysis.run(rows, investments, settings, variations);
        }

        /** The ratio of the map with one assumption changed, calculated from scratch. */
        Optional<BigDecimal> recalculated(Assumption assumption, BigDecimal change) {
            return calculator
                    .calculate(
                            Changes.rows(rows, assumption, change),
                            Changes.investments(investments, assumption, change),
                            settings)
                    .ratio();
        }
    }
}
