package scot.cairn.meeting;

import scot.cairn.platform.ConcurrentChangeException;
import scot.cairn.platform.Message;

/** Refuses a change a meeting's state does not allow (it was cancelled): the API answers 409, forms show the reason. */
public class MeetingStateException extends ConcurrentChangeException {

    public MeetingStateException(Message reason) {
        super("meeting", "meeting.problem.state", reason);
    }

    @Override
    public String getMessage() {
        return reason().toString();
    }
}
