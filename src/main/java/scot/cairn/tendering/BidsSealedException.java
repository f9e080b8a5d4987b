package scot.cairn.tendering;

import scot.cairn.platform.ForbiddenException;

/**
 * A bid, or how many there are, asked for before two authorised people have opened the tender after its deadline:
 * refused for everyone, administrators included, and the attempt recorded in the audit trail.
 */
public class BidsSealedException extends ForbiddenException {

    BidsSealedException() {
        super("tendering.bids.sealed");
    }
}
