package scot.cairn.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DependenciesTests {

    /** T-2 waits for T-1, T-3 for T-2. */
    static final Map<Long, Set<Long>> CHAIN = Map.of(1L, Set.of(), 2L, Set.of(1L), 3L, Set.of(2L));

    @Test
    void aTaskMayWaitForTasksThatDoNotWaitForIt() {
        assertThat(Dependencies.cycle(4, Set.of(3L, 1L), CHAIN)).isEmpty();
    }

    @Test
    void aDependencyThatClosesACircleIsFoundHoweverLong() {
        assertThat(Dependencies.cycle(1, Set.of(3L), CHAIN)).contains(1L);
        assertThat(Dependencies.cycle(2, Set.of(3L), CHAIN)).contains(2L);
        assertThat(Dependencies.cycle(1, Set.of(1L), Map.of())).contains(1L);
    }

    @Test
    void unknownNumbersAreListedInTheOrderGiven() {
        assertThat(Dependencies.unknown(List.of(5L, 1L, 0L), Set.of(1L, 2L))).containsExactly(5L, 0L);
    }
}
