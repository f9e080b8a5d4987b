package scot.cairn.governance;

import java.time.Instant;
import org.springframework.data.relational.core.mapping.Table;
import scot.cairn.directory.Sector;

/**
 * One board member's approval of a decision, with the organisation and sector they sat for at the time (both null for
 * a service user or carer), so later changes to the board do not rewrite who approved what.
 */
@Table("governance_decision_approval")
record DecisionApproval(Long personId, Long organisationId, Sector sector, Instant approvedAt) {}
