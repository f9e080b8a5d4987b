package scot.cairn.sroi;

import java.util.stream.Collectors;
import scot.cairn.platform.English;
import scot.cairn.platform.ForbiddenException;
import scot.cairn.platform.InvalidInputException;

/** A refusal as an English reader sees it, for tests that check the words a service refuses with. */
final class Refusals {

    private Refusals() {}

    /** The refusal's messages in English, joined by "; " in the order they were raised. */
    static String words(Throwable refusal) {
        if (refusal instanceof InvalidInputException invalid) {
            return invalid.fieldErrors().values().stream().map(English::of).collect(Collectors.joining("; "));
        }
        if (refusal instanceof ForbiddenException forbidden) {
            return English.of(forbidden.reason());
        }
        if (refusal instanceof InvalidSroiInputException invalid) {
            return English.of(invalid.reason());
        }
        return refusal.getMessage();
    }
}
