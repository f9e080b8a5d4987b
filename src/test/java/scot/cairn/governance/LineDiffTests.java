package scot.cairn.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import scot.cairn.governance.DocumentDiff.Change;
import scot.cairn.governance.DocumentDiff.Line;

class LineDiffTests {

    @Test
    void keepsCommonLinesAndMarksTheRestAddedOrRemoved() {
        assertThat(LineDiff.of("a\nb\nc", "a\nx\nc\nd"))
                .containsExactly(
                        new Line(Change.KEPT, "a"),
                        new Line(Change.REMOVED, "b"),
                        new Line(Change.ADDED, "x"),
                        new Line(Change.KEPT, "c"),
                        new Line(Change.ADDED, "d"));
    }

    @Test
    void emptyTextsHaveNoLines() {
        assertThat(LineDiff.of("", "")).isEmpty();
        assertThat(LineDiff.of("", "new")).containsExactly(new Line(Change.ADDED, "new"));
        assertThat(LineDiff.of("old", "")).containsExactly(new Line(Change.REMOVED, "old"));
    }

    @Test
    void sameTextIsAllKept() {
        assertThat(LineDiff.of("one\ntwo", "one\ntwo"))
                .extracting(Line::change)
                .isEqualTo(List.of(Change.KEPT, Change.KEPT));
    }
}
