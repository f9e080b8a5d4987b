package scot.cairn.tendering;

import java.math.BigDecimal;
import java.util.List;

/**
 * A partnership's community benefit requirements and whether section 25 requires them.
 *
 * @param estimatedValue the expected procurement's value; null before one is recorded
 * @param currency its currency; null before one is recorded
 * @param required whether section 25 requires community benefits (£4 million or more)
 * @param missing whether they are required and none is recorded
 */
public record BenefitsView(
        List<BenefitView> benefits,
        BigDecimal estimatedValue,
        String currency,
        boolean required,
        boolean missing,
        boolean mayEdit) {

    /** One requirement, CB-1 and so on. */
    public record BenefitView(
            long id,
            int version,
            String reference,
            BenefitCategory category,
            String description,
            String measure,
            String target,
            boolean mandatory) {}
}
