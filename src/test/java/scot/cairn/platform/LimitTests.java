package scot.cairn.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class LimitTests {

    final Limit rows = new Limit(2_000, "sroi.limit.rows");

    @Test
    void theRefusalSaysTheLimitAndTheCountWithThousandsGrouped() {
        assertThat(English.of(rows.message(2_001)))
                .isEqualTo("An impact map has at most 2,000 rows; this one would have 2,001");
        assertThat(English.of(rows.exceeded())).isEqualTo("An impact map has at most 2,000 rows; this one has more");
    }

    @Test
    void exactlyTheLimitIsAllowedAndOneMoreIsRefusedOnTheField() {
        rows.check("rows", 2_000);
        assertThat(rows.allows(2_000)).isTrue();
        assertThat(rows.allows(2_001)).isFalse();

        var refusal = catchThrowableOfType(InvalidInputException.class, () -> rows.check("rows", 2_001));

        assertThat(English.of(refusal.fieldErrors()))
                .containsExactly(
                        java.util.Map.entry("rows", "An impact map has at most 2,000 rows; this one would have 2,001"));
    }

    @Test
    void aLimitNeedsRoomForOne() {
        assertThatThrownBy(() -> new Limit(0, "governance.limit.groupMembers"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
