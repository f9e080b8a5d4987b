package scot.cairn.outcome;

import java.time.Instant;
import org.springframework.data.relational.core.mapping.Table;
import scot.cairn.directory.Sector;

/** A board member's approval of a period, for the organisation and sector of their seat (null for a service user). */
@Table("outcome_period_approval")
record PeriodApproval(long personId, Long organisationId, Sector sector, Instant approvedAt) {}
