package scot.cairn.governance;

/**
 * Thrown when an action does not fit the state of a document version: changing a signed version in place, signing a
 * version that a newer one has replaced, or signing the same version twice. The API answers 409 with the message.
 */
public class DocumentConflictException extends RuntimeException {

    DocumentConflictException(String message) {
        super(message);
    }

    static DocumentConflictException signed(DocumentKind kind, int number) {
        return new DocumentConflictException("Version " + number + " of the " + kind.shortName()
                + " is signed, so its text cannot change. Save your change as a new version instead (POST it to the"
                + " document's versions); everyone then signs the new version.");
    }

    static DocumentConflictException superseded(DocumentKind kind, int number, int latest) {
        return new DocumentConflictException("Version " + number + " of the " + kind.shortName()
                + " has been replaced by version " + latest + ", so it can no longer be " + done(kind) + ". Read"
                + " version " + latest + " and " + kind.signVerb() + " that instead.");
    }

    static DocumentConflictException draftOpen(DocumentKind kind, int number) {
        return new DocumentConflictException("Version " + number + " of the " + kind.shortName()
                + " is an unsigned draft, so there is no need for a new version: change version " + number
                + " itself (PUT it) instead.");
    }

    static DocumentConflictException twice(DocumentKind kind, int number) {
        return new DocumentConflictException(
                "You have already " + done(kind) + " version " + number + " of the " + kind.shortName() + ".");
    }

    private static String done(DocumentKind kind) {
        return kind == DocumentKind.MOU ? "signed" : "approved";
    }
}
