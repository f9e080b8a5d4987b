package scot.cairn.tendering;

import scot.cairn.platform.ConcurrentChangeException;
import scot.cairn.platform.Message;

/**
 * A change to a tender, its questions or its lots after the board was asked to publish it: refused as a conflict
 * (409), since the tender changed state after the person opened it.
 */
public class TenderLockedException extends ConcurrentChangeException {

    TenderLockedException(TenderStatus status) {
        super("tender", "tendering.tender.lockedTitle", Message.of("tendering.tender.locked." + status.name()));
    }
}
