package scot.cairn.platform;

import java.time.Instant;
import java.util.List;

/**
 * One entry in the audit trail: who did what to which record, and the field changes, before and after.
 *
 * @param partnershipId the partnership the record belongs to, or null for records outside any partnership
 */
public record AuditEvent(
        Instant occurredAt,
        String actor,
        String subjectType,
        long subjectId,
        Long partnershipId,
        String action,
        List<String> changes) {}
