package scot.cairn.sroi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import scot.cairn.platform.Message;

/**
 * A bar chart of the printed report, drawn as a table: one bar per item with its amount in words beside it, each bar
 * as long as its share of the longest. A chart of more than {@link #MOST_BARS} items shows the largest ones and one
 * bar for all the others together, and says so in its {@code note} (empty otherwise), so nothing is left out silently.
 *
 * @param heading what the chart shows
 * @param items what one bar stands for, in the plural ("stakeholders"), naming the keys of the note and the last bar
 *     ({@code sroi.report.others.stakeholders})
 * @param note null when every item has its bar
 */
public record ReportChart(Message heading, String items, List<Bar> bars, Message note) {

    /** The most bars a chart draws; a longer list keeps its largest items and groups the rest. */
    public static final int MOST_BARS = 15;

    /**
     * One bar: its label (with the name people gave a stakeholder or outcome), its value for people and its length as
     * a percentage of the longest bar.
     */
    public record Bar(Message label, String value, int widthPercent) {}

    public ReportChart {
        bars = List.copyOf(bars);
    }

    /** Every value as a bar, in the map's order; no grouping (for a short list such as years). */
    static ReportChart of(Message heading, String items, Map<?, BigDecimal> values) {
        return new ReportChart(heading, items, bars(List.copyOf(values.entrySet())), null);
    }

    /** At most {@link #MOST_BARS} bars: the largest values, then the others as one bar. */
    static ReportChart largest(Message heading, String items, Map<String, BigDecimal> values) {
        if (values.size() <= MOST_BARS) {
            return of(heading, items, values);
        }
        var sorted = new ArrayList<>(values.entrySet());
        sorted.sort(Comparator.comparing(
                        (Map.Entry<String, BigDecimal> e) -> e.getValue().abs())
                .reversed());
        var shown = new ArrayList<Map.Entry<?, BigDecimal>>(sorted.subList(0, MOST_BARS - 1));
        var others = sorted.subList(MOST_BARS - 1, sorted.size());
        BigDecimal rest = others.stream().map(Map.Entry::getValue).reduce(BigDecimal.ZERO, BigDecimal::add);
        shown.add(Map.entry(Message.of("sroi.report.others." + items, others.size()), rest));
        var note = Message.of("sroi.report.largest." + items, MOST_BARS - 1, values.size(), others.size());
        return new ReportChart(heading, items, bars(shown), note);
    }

    private static List<Bar> bars(List<? extends Map.Entry<?, BigDecimal>> values) {
        BigDecimal longest = values.stream()
                .map(e -> e.getValue().abs())
                .max(BigDecimal::compareTo)
                .orElse(BigDecimal.ZERO);
        var bars = new ArrayList<Bar>(values.size());
        for (var value : values) {
            int width = longest.signum() == 0
                    ? 0
                    : value.getValue()
                            .abs()
                            .multiply(BigDecimal.valueOf(100))
                            .divide(longest, 0, RoundingMode.HALF_UP)
                            .intValue();
            var label = value.getKey() instanceof Message m ? m : SroiReport.text(String.valueOf(value.getKey()));
            bars.add(new Bar(label, SroiDisplay.money(value.getValue()), width));
        }
        return bars;
    }
}
