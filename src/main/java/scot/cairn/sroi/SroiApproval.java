package scot.cairn.sroi;

import java.time.Instant;
import org.springframework.data.relational.core.mapping.Table;
import scot.cairn.directory.Sector;

/** A board member's approval; organisation and sector are null for a service user or carer on the board. */
@Table("sroi_approval")
record SroiApproval(long personId, Long organisationId, Sector sector, Instant approvedAt) {}
