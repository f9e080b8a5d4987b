package scot.cairn.governance;

import java.time.Instant;
import org.springframework.data.relational.core.mapping.Table;
import scot.cairn.directory.Sector;

/**
 * One person's signature (MoU) or approval (PID) of one version: for the organisation they signed for and its sector
 * at that moment (both null for a service user on the board), when, and the SHA-256 of the exact text they signed.
 */
@Table("governance_document_signature")
record Signature(Long personId, Long organisationId, Sector sector, Instant signedAt, String sha256) {}
