package scot.cairn.governance;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import scot.cairn.platform.ConcurrentChangeException;

/** Two saves that race past the service's checks: the database refuses the second, and the user is told why. */
class DocumentRaceTests {

    @Test
    void aSecondNewVersionWithTheSameNumberIsAConcurrentChange() {
        assertThatThrownBy(() -> DocumentService.guarded(DocumentKind.MOU, () -> {
                    throw new DbActionExecutionException(null, new DuplicateKeyException("number taken"));
                }))
                .isInstanceOf(ConcurrentChangeException.class)
                .hasMessageStartingWith("The MoU was changed by someone else");
    }

    @Test
    void aStaleAggregateVersionIsAConcurrentChange() {
        assertThatThrownBy(() -> DocumentService.guarded(DocumentKind.PID, () -> {
                    throw new OptimisticLockingFailureException("stale");
                }))
                .isInstanceOf(ConcurrentChangeException.class);
    }

    @Test
    void otherFailuresAreNotDisguised() {
        assertThatThrownBy(() -> DocumentService.guarded(DocumentKind.PID, () -> {
                    throw new DbActionExecutionException(null, new IllegalStateException("disk full"));
                }))
                .isInstanceOf(DbActionExecutionException.class);
    }
}
