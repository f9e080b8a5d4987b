package scot.cairn.report;

import scot.cairn.platform.ConcurrentChangeException;
import scot.cairn.platform.Message;

/**
 * Refuses a change to a report that is no longer a draft, a note of a draft, or a second note by the same person: a
 * conflict with the report's state, so the API answers 409 and forms show the reason.
 */
public class ReportLockedException extends ConcurrentChangeException {

    public ReportLockedException(Message reason) {
        super("report", "report.problem.state", reason);
    }

    @Override
    public String getMessage() {
        return reason().toString();
    }
}
