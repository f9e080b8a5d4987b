package scot.cairn.partnership;

import java.time.Instant;

/**
 * A board member approved a partnership's leaving stage {@code from} for {@code to}; the gate opens once board members
 * of both sectors have approved and its criteria are met, and a manager then moves the partnership on.
 */
public record GateApproved(long partnershipId, Stage from, Stage to, long byPersonId, Instant at) {}
