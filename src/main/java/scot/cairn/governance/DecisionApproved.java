package scot.cairn.governance;

import java.time.Instant;
import scot.cairn.partnership.Stage;

/**
 * A draft decision of a partnership's board became an approved decision ({@code reference} D-1, D-2...). {@code gate}
 * is the stage it lets the partnership leave, or null.
 */
public record DecisionApproved(
        long partnershipId, long decisionId, String reference, boolean joint, Stage gate, Instant at) {}
