package scot.cairn.governance;

import java.util.List;

/** What changed between two versions of a document, section by section in the document's order. */
public record DocumentDiff(DocumentKind kind, int from, int to, List<SectionDiff> sections) {

    public enum Change {
        KEPT,
        ADDED,
        REMOVED
    }

    public record Line(Change change, String text) {}

    /** A section's written text compared, and apart from it what the records said (both empty for MoU and PID). */
    public record SectionDiff(String key, String heading, boolean changed, List<Line> lines, List<Line> records) {

        /** The bundle key of the heading, for pages in the reader's language. */
        public String headingKey() {
            return "governance.section." + key;
        }
    }

    public boolean anyChanged() {
        return sections.stream().anyMatch(SectionDiff::changed);
    }
}
