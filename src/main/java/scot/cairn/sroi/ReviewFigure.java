package scot.cairn.sroi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One figure of a review as the board signed it: the two ratios, the two present values, or one outcome's value or one
 * row's quantity, forecast beside actual (either may be missing). Numbers keep six decimal places, as stored.
 */
@Table("sroi_review_figure")
record ReviewFigure(Section section, String label, BigDecimal forecast, BigDecimal actual) {

    enum Section {
        RATIO,
        VALUE,
        OUTCOME,
        QUANTITY
    }

    static final int SCALE = 6;

    ReviewFigure {
        forecast = scaled(forecast);
        actual = scaled(actual);
    }

    private static BigDecimal scaled(BigDecimal value) {
        return value == null ? null : value.setScale(SCALE, RoundingMode.HALF_UP);
    }
}
