package scot.cairn.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ChangesTests {

    @Test
    void recordsOnlyFieldsThatChanged() {
        var changes = Changes.create()
                .field("Title", "Old", "New")
                .field("Region", "Falkirk", "Falkirk")
                .field("Aims", null, "Better care")
                .field("Lead partner", "", null);
        assertThat(changes.toString()).isEqualTo("Title: Old -> New\nAims: (none) -> Better care");
        assertThat(changes.isEmpty()).isFalse();
    }

    @Test
    void blankAndNullCountAsTheSame() {
        assertThat(Changes.create().field("Region", " ", null).isEmpty()).isTrue();
    }

    @Test
    void collectorReportsEveryProblemAtOnceInOrder() {
        var collector = new InvalidInputException.Collector()
                .rejectIf(true, "name", "Enter a name")
                .rejectIf(false, "region", "never")
                .rejectIf(true, "sector", "Choose a sector")
                .rejectIf(true, "name", "second message for the same field is ignored");
        assertThatThrownBy(collector::throwIfAny)
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(English.of(e.fieldErrors()))
                                .containsExactly(
                                        java.util.Map.entry("name", "Enter a name"),
                                        java.util.Map.entry("sector", "Choose a sector")));
    }

    @Test
    void staleVersionIsRefusedAndCurrentVersionPasses() {
        ConcurrentChangeException.check("partnership", 3, 3);
        assertThatThrownBy(() -> ConcurrentChangeException.check("partnership", 2, 3))
                .hasMessageContaining("changed by someone else");
    }
}
