package scot.cairn.engagement;

import java.time.Instant;
import org.springframework.data.relational.core.mapping.Table;
import scot.cairn.directory.Sector;

/** One board member's approval of a bulletin, with the sector they stood for (none for a service user). */
@Table("engagement_bulletin_approval")
record BulletinApproval(Long personId, Long organisationId, Sector sector, Instant approvedAt) {}
