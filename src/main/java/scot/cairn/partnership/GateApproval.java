package scot.cairn.partnership;

import java.time.Instant;
import org.springframework.data.relational.core.mapping.Table;
import scot.cairn.directory.Sector;

/** One member's approval of leaving {@code fromStage}, on behalf of their organisation. */
@Table("partnership_gate_approval")
record GateApproval(Stage fromStage, Long personId, Long organisationId, Sector sector, Instant approvedAt) {}
