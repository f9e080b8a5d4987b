package scot.cairn.governance;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import scot.cairn.platform.Sequences;

/** What stamps an entry in a decision log: its number (D-1, D-2...) with no gaps and no clashes, and the time. */
@Component
class DecisionStamps {

    static final String SEQUENCE = "governance-decision";

    private final Clock clock;
    private final Sequences sequences;

    DecisionStamps(Clock clock, Sequences sequences) {
        this.clock = clock;
        this.sequences = sequences;
    }

    /** The next number in the partnership's log; two people recording at once get different numbers. */
    int nextNumber(long partnershipId) {
        return sequences.next(SEQUENCE, partnershipId);
    }

    Instant now() {
        return clock.instant();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
