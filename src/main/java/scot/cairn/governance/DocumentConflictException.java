package scot.cairn.governance;

import scot.cairn.platform.ConcurrentChangeException;
import scot.cairn.platform.Message;

/**
 * Thrown when an action does not fit the state of a document version: changing a signed version in place, signing a
 * version that a newer one has replaced, or signing the same version twice. The API answers 409 with the reason in
 * the reader's language; pages show it in their error summary.
 */
public class DocumentConflictException extends ConcurrentChangeException {

    DocumentConflictException(Message reason) {
        super("document", "governance.problem.versionState", reason);
    }

    static DocumentConflictException signed(DocumentKind kind, int number) {
        return new DocumentConflictException(Message.of(kind.key("conflict.signed"), number));
    }

    static DocumentConflictException superseded(DocumentKind kind, int number, int latest) {
        return new DocumentConflictException(Message.of(kind.key("conflict.superseded"), number, latest));
    }

    static DocumentConflictException draftOpen(DocumentKind kind, int number) {
        return new DocumentConflictException(Message.of(kind.key("conflict.draftOpen"), number));
    }

    static DocumentConflictException twice(DocumentKind kind, int number) {
        return new DocumentConflictException(Message.of(kind.key("conflict.twice"), number));
    }
}
