package scot.cairn.governance;

import java.util.Optional;

/**
 * The partnership's register of risks and issues, which a decision names by number (R-3 is 3); the risk module
 * answers. Without an answer every number is unknown, so a decision can only name an item that exists.
 */
public interface RiskRegister {

    /** The title of item {@code number} of the partnership's register; empty when there is no such item. */
    Optional<String> title(long partnershipId, long number);
}
