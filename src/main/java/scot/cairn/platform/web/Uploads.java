package scot.cairn.platform.web;

import java.util.Optional;
import org.springframework.ui.Model;

/**
 * A file upload refused for its size before it reached the page ({@link BodyLimit}): the browser is sent back to the
 * upload form, which shows the refusal in its error summary.
 */
public final class Uploads {

    /** The flash attribute holding the refusal, such as "The file is larger than 10 MB: ...". */
    public static final String REFUSED = "uploadRefused";

    private Uploads() {}

    /** The refusal to show on an upload form, when the last upload was refused for its size. */
    public static Optional<String> refusal(Model model) {
        return model.getAttribute(REFUSED) instanceof String message ? Optional.of(message) : Optional.empty();
    }
}
