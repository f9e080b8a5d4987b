package scot.cairn.outcome;

import java.math.BigDecimal;
import java.time.Instant;
import org.springframework.data.relational.core.mapping.Table;

/** A value as it was before a correction after approval; revision 1 is the value first entered. */
@Table("outcome_measurement_revision")
record MeasurementRevision(
        int revision, BigDecimal amount, String source, String notes, long enteredBy, Instant enteredAt) {}
