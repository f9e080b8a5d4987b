package scot.cairn.sroi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static scot.cairn.sroi.Rows.num;
import static scot.cairn.sroi.Rows.row;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The map the sensitivity tests work by hand, two one-year rows under the Guide's settings (PV = year-1 value /
 * 1.035), and helpers to run and check an analysis:
 *
 * <pre>
 *   young people: 10 x £1,000, deadweight 20%  -> 8,000
 *   carers:        5 x £1,000, deadweight 50%  -> 2,500
 *   PV = 10,500 / 1.035 = 10,144.9275362319; with 5,000 cash + 2,000 in kind = 7,000 invested,
 *   ratio = 10,500 / (1.035 x 7,000) = 10,500 / 7,245 = 1.4492753623
 * </pre>
 */
final class SensitivityExamples {

    private SensitivityExamples() {}

    static List<ImpactRow> twoRows() {
        return List.of(
                row().stakeholder("Young people")
                        .quantity("10")
                        .proxy("1000")
                        .deadweight("20")
                        .build(),
                row().stakeholder("Carers")
                        .quantity("5")
                        .proxy("1000")
                        .deadweight("50")
                        .build());
    }

    static SensitivityReport run(List<ImpactRow> rows, Investment investment, Variation... variations) {
        return run(rows, List.of(investment), variations);
    }

    static SensitivityReport run(List<ImpactRow> rows, List<Investment> investments, Variation... variations) {
        return SensitivityAnalysis.run(rows, investments, Settings.guide(), List.of(variations));
    }

    static Variation variation(Assumption assumption, String amount) {
        return new Variation(assumption, num(amount));
    }

    static void assertLine(SensitivityLine line, String atMinus, String atPlus) {
        assertRatio(line.ratioAtMinus(), atMinus);
        assertRatio(line.ratioAtPlus(), atPlus);
    }

    static void assertRatio(Optional<BigDecimal> ratio, String expected) {
        assertThat(ratio).hasValueSatisfying(r -> assertThat(r).isCloseTo(num(expected), within(num("1e-20"))));
    }
}
