package scot.cairn.governance;

import java.time.Instant;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One person's signature (MoU) or approval (PID) of one version: for the organisation they signed for (null for a
 * service user on the board), when, and the SHA-256 of the exact text they signed.
 */
@Table("governance_document_signature")
record Signature(Long personId, Long organisationId, Instant signedAt, String sha256) {}
