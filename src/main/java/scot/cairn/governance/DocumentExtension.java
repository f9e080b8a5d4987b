package scot.cairn.governance;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import scot.cairn.partnership.Access;
import scot.cairn.platform.Message;

/**
 * What another module adds to one kind of document: for each section, what the partnership's records say (kept with
 * each saved version, so a signed version stays exactly as signed), and what must hold before the board may approve
 * a version. The tendering module answers for the service specification. Callers have checked that the person reads
 * the partnership and pass that access.
 */
public interface DocumentExtension {

    DocumentKind kind();

    /**
     * For each section key, the lines the partnership's records give that section now, in the language given;
     * sections with nothing to say are left out. The same records and language always give the same text.
     */
    Map<String, String> records(Access access, Locale language);

    /** Why no version may be approved now, such as a declaration of interests waiting for review; empty when none. */
    Optional<Message> refusal(Access access);

    /** What the board should notice before approving, such as requirements that rest on no evidence. */
    List<Message> flags(Access access);
}
