package scot.cairn.sroi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import scot.cairn.sroi.ForecastComparison.Line;
import scot.cairn.sroi.ReviewFigure.Section;

/** Turns a comparison into the figures a review keeps when it is signed, and back, so a signed review never moves. */
final class ReviewFigures {

    private ReviewFigures() {}

    static List<ReviewFigure> of(ForecastComparison c) {
        var figures = new ArrayList<ReviewFigure>();
        figures.add(new ReviewFigure(
                Section.RATIO,
                "ratio",
                c.forecastRatio().orElse(null),
                c.actualRatio().orElse(null)));
        figures.add(new ReviewFigure(Section.VALUE, "present value", c.forecastValue(), c.actualValue()));
        c.outcomes().forEach(l -> figures.add(figure(Section.OUTCOME, l)));
        c.quantities().forEach(l -> figures.add(figure(Section.QUANTITY, l)));
        return figures;
    }

    static ForecastComparison comparison(List<ReviewFigure> figures) {
        var ratio = first(figures, Section.RATIO);
        var value = first(figures, Section.VALUE);
        return new ForecastComparison(
                Optional.ofNullable(ratio.forecast()),
                Optional.ofNullable(ratio.actual()),
                orZero(value.forecast()),
                orZero(value.actual()),
                lines(figures, Section.OUTCOME),
                lines(figures, Section.QUANTITY));
    }

    private static ReviewFigure figure(Section section, Line l) {
        return new ReviewFigure(
                section, l.label(), l.forecast().orElse(null), l.actual().orElse(null));
    }

    private static ReviewFigure first(List<ReviewFigure> figures, Section section) {
        return figures.stream()
                .filter(f -> f.section() == section)
                .findFirst()
                .orElse(new ReviewFigure(section, "", null, null));
    }

    private static List<Line> lines(List<ReviewFigure> figures, Section section) {
        return figures.stream()
                .filter(f -> f.section() == section)
                .map(f -> new Line(f.label(), Optional.ofNullable(f.forecast()), Optional.ofNullable(f.actual())))
                .toList();
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
