package scot.cairn.tendering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import scot.cairn.platform.InvalidInputException;

/** Section 25: community benefit requirements for contracts of £4 million or more; each requirement complete. */
class CommunityBenefitTests {

    @Test
    void requiredFromFourMillionPoundsAndNotBelow() {
        assertThat(CommunityBenefit.requiredFor(new BigDecimal("4000000"), "GBP"))
                .isTrue();
        assertThat(CommunityBenefit.requiredFor(new BigDecimal("4000000.00"), "GBP"))
                .isTrue();
        assertThat(CommunityBenefit.requiredFor(new BigDecimal("3999999.99"), "GBP"))
                .isFalse();
        assertThat(CommunityBenefit.requiredFor(new BigDecimal("9000000"), "EUR"))
                .isFalse();
        assertThat(CommunityBenefit.requiredFor(null, null)).isFalse();
    }

    @Test
    void aRequirementNeedsItsKindWordsMeasureTargetAndWhetherMandatory() {
        assertThatThrownBy(() -> CommunityBenefit.add(1, 1, new BenefitDetails(null, " ", null, "", null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsOnlyKeys("category", "description", "measure", "target", "mandatory"));
        var b = CommunityBenefit.add(
                1,
                1,
                new BenefitDetails(
                        BenefitCategory.RECRUITMENT_AND_TRAINING, " Jobs ", "People recruited", "4 a year", true));
        assertThat(b.details().description()).isEqualTo("Jobs");
        assertThatThrownBy(() ->
                        b.change(new BenefitDetails(BenefitCategory.ENVIRONMENTAL, "x".repeat(1001), "m", "t", false)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(b.details().category()).isEqualTo(BenefitCategory.RECRUITMENT_AND_TRAINING);
    }
}
