package scot.cairn.governance;

import java.time.Instant;
import java.util.List;

/** The read records of the MoU and PID pages and API. */
public final class DocumentViews {

    private DocumentViews() {}

    /** A document in the list: its current version number (null before the first draft) and where sign-off is. */
    public record DocumentSummary(
            DocumentKind kind, Integer currentNumber, String status, boolean signedOff, String summary) {}

    /**
     * A document with its current version (null before the first draft) and all versions, newest first. The viewer
     * flags say which buttons the page shows (sign only while the viewer may and has not signed the current
     * version); the service checks again on every change. {@code flags} are what the board should notice before
     * approving the current version (requirements resting on no evidence, say), in the reader's language.
     */
    public record DocumentView(
            long partnershipId,
            DocumentKind kind,
            VersionView current,
            List<VersionSummary> versions,
            boolean viewerMayEdit,
            boolean viewerMaySign,
            List<String> flags) {}

    public record VersionSummary(int number, Instant createdAt, String createdByName, int signatures, String status) {}

    /**
     * One version. {@code version} is the optimistic-lock version to send back with a change; {@code status} is
     * Draft, Being signed, Signed (MoU), Approved (PID) or Superseded; {@code recordsLanguage} is the language (a BCP 47
     * tag) of what the records say in each section, null for a kind without records.
     */
    public record VersionView(
            long partnershipId,
            DocumentKind kind,
            int number,
            int version,
            Instant createdAt,
            String createdByName,
            List<SectionView> sections,
            List<SignatureView> signatures,
            String sha256,
            boolean current,
            boolean signedOff,
            String status,
            String summary,
            String recordsLanguage) {

        public String shortHash() {
            return sha256.substring(0, 12);
        }
    }

    /** A section's written text and what the partnership's records said for it (empty for the MoU and the PID). */
    public record SectionView(String key, String heading, String hint, String text, String records) {

        /** The bundle key of the heading, for pages in the reader's language. */
        public String headingKey() {
            return "governance.section." + key;
        }
    }

    /**
     * A signature (MoU) or approval (PID); {@code valid} is true when its SHA-256 matches the version's text now.
     * {@code organisationName} is null for a service user.
     */
    public record SignatureView(
            long personId, String personName, String organisationName, Instant signedAt, String sha256, boolean valid) {

        public String shortHash() {
            return sha256.substring(0, 12);
        }
    }
}
