package scot.cairn.outcome;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The geometry of an indicator's target-versus-actual line chart, drawn as SVG by the page: one band per period along
 * the x axis, values on the y axis from {@code yMin} to {@code yMax} in {@code ticks}. The y axis starts at zero
 * unless a value is negative. Coordinates are SVG user units, formatted with one decimal; values stay BigDecimal.
 */
public record IndicatorChart(
        int width,
        int height,
        int left,
        int top,
        int plotWidth,
        int plotHeight,
        BigDecimal yMin,
        BigDecimal yMax,
        List<Tick> ticks,
        List<Point> points,
        String actualLine,
        String targetLine) {

    public static final int WIDTH = 640;
    public static final int HEIGHT = 320;
    static final int LEFT = 72;
    static final int RIGHT = 16;
    static final int TOP = 16;
    static final int BOTTOM = 56;
    private static final int STEPS = 5;

    /** A y-axis gridline with its label. */
    public record Tick(String label, String y) {}

    /**
     * One period: its x, and the y of its actual value and its target (null when absent); {@code squareX} and
     * {@code squareY} place the 8-unit square marking the target.
     */
    public record Point(String period, String x, String actualY, String targetY, String squareX, String squareY) {}

    /** One period's actual value and target, either may be null. */
    public record Value(Period period, BigDecimal actual, BigDecimal target) {}

    /** The chart of the values, in period order; null when there are none to draw. */
    public static IndicatorChart of(List<Value> values) {
        if (values.isEmpty()) {
            return null;
        }
        var numbers = new ArrayList<BigDecimal>();
        values.forEach(v -> {
            if (v.actual() != null) {
                numbers.add(v.actual());
            }
            if (v.target() != null) {
                numbers.add(v.target());
            }
        });
        if (numbers.isEmpty()) {
            return null;
        }
        var low = numbers.stream().reduce(BigDecimal.ZERO, BigDecimal::min);
        var high = numbers.stream().reduce(BigDecimal.ZERO, BigDecimal::max);
        var step = step(high.subtract(low));
        var yMin = low.divide(step, 0, RoundingMode.FLOOR).multiply(step);
        var yMax = high.divide(step, 0, RoundingMode.CEILING).multiply(step);
        if (yMax.compareTo(yMin) == 0) {
            yMax = yMin.add(step);
        }
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        var scale = new Scale(yMin, yMax, plotHeight);
        var ticks = new ArrayList<Tick>();
        for (var t = yMin; t.compareTo(yMax) <= 0; t = t.add(step)) {
            ticks.add(new Tick(t.stripTrailingZeros().toPlainString(), scale.y(t)));
        }
        var points = new ArrayList<Point>();
        for (int i = 0; i < values.size(); i++) {
            var v = values.get(i);
            double x = LEFT + plotWidth * (i + 0.5) / values.size();
            var targetY = v.target() == null ? null : scale.y(v.target());
            points.add(new Point(
                    v.period().toString(),
                    format(x),
                    v.actual() == null ? null : scale.y(v.actual()),
                    targetY,
                    format(x - 4),
                    targetY == null ? null : format(Double.parseDouble(targetY) - 4)));
        }
        return new IndicatorChart(
                WIDTH,
                HEIGHT,
                LEFT,
                TOP,
                plotWidth,
                plotHeight,
                yMin,
                yMax,
                List.copyOf(ticks),
                List.copyOf(points),
                line(points, true),
                line(points, false));
    }

    /** The bottom of the plot area, where the x axis is drawn. */
    public int bottom() {
        return top + plotHeight;
    }

    public int right() {
        return left + plotWidth;
    }

    /** A round step (1, 2 or 5 times a power of ten) giving about five gridlines over the range. */
    static BigDecimal step(BigDecimal range) {
        if (range.signum() <= 0) {
            return BigDecimal.ONE;
        }
        var raw = range.divide(BigDecimal.valueOf(STEPS), 10, RoundingMode.CEILING)
                .stripTrailingZeros();
        var magnitude = BigDecimal.ONE.scaleByPowerOfTen(raw.precision() - raw.scale() - 1);
        for (int factor : new int[] {1, 2, 5, 10}) {
            var candidate = magnitude.multiply(BigDecimal.valueOf(factor));
            if (candidate.compareTo(raw) >= 0) {
                return candidate.stripTrailingZeros();
            }
        }
        return magnitude.multiply(BigDecimal.TEN);
    }

    private static String line(List<Point> points, boolean actual) {
        var joined = new StringBuilder();
        for (var p : points) {
            var y = actual ? p.actualY() : p.targetY();
            if (y != null) {
                joined.append(joined.isEmpty() ? "" : " ")
                        .append(p.x())
                        .append(',')
                        .append(y);
            }
        }
        return joined.isEmpty() ? null : joined.toString();
    }

    static String format(double coordinate) {
        return String.format(Locale.ROOT, "%.1f", coordinate);
    }

    private record Scale(BigDecimal min, BigDecimal max, int height) {

        String y(BigDecimal value) {
            double share = value.subtract(min).doubleValue() / max.subtract(min).doubleValue();
            return format(TOP + height * (1 - share));
        }
    }
}
