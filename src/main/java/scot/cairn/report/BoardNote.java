package scot.cairn.report;

import java.time.Instant;
import org.springframework.data.relational.core.mapping.Table;
import scot.cairn.directory.Sector;

/** A board member noting a submitted report, for the organisation and sector of their seat (null for a service user). */
@Table("report_highlight_note")
record BoardNote(long personId, Long organisationId, Sector sector, Instant notedAt, String comment) {}
