package scot.cairn.sroi;

import scot.cairn.platform.ConcurrentChangeException;
import scot.cairn.platform.Message;

/**
 * A change to a review the board has signed off: refused as a conflict (409), like a stale version, because the
 * review changed (it was signed off) after the person opened it.
 */
public class ReviewLockedException extends ConcurrentChangeException {

    public ReviewLockedException() {
        super("review", "sroi.review.lockedTitle", Message.of("sroi.review.locked"));
    }

    @Override
    public String getMessage() {
        return SroiReview.LOCKED;
    }
}
