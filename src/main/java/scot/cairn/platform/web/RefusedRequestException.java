package scot.cairn.platform.web;

import java.util.Map;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.Message;

/**
 * A request refused before any controller ran, because something in it cannot be stored at all (a hidden NUL
 * character). Pages answer 400 with the refusal page; the API a 400 problem with a message per field.
 */
class RefusedRequestException extends InvalidInputException {

    RefusedRequestException(Map<String, Message> fieldErrors) {
        super(fieldErrors);
    }
}
