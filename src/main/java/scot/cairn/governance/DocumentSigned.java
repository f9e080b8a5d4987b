package scot.cairn.governance;

import java.time.Instant;

/**
 * Someone signed (MoU) or approved (PID) version {@code number} of a partnership's document; {@code signedOff} is true
 * when that signature completed the sign-off.
 */
public record DocumentSigned(
        long partnershipId, DocumentKind kind, int number, long personId, boolean signedOff, Instant at) {}
