package scot.cairn.governance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A line-by-line difference of two texts: the longest common subsequence of lines, the rest added or removed. */
final class LineDiff {

    private LineDiff() {}

    /** Every line of both texts in reading order, each kept, added (only in {@code to}) or removed. */
    static List<DocumentDiff.Line> of(String from, String to) {
        var a = lines(from);
        var b = lines(to);
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j))
                        ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        var out = new ArrayList<DocumentDiff.Line>();
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).equals(b.get(j))) {
                out.add(new DocumentDiff.Line(DocumentDiff.Change.KEPT, a.get(i++)));
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                out.add(new DocumentDiff.Line(DocumentDiff.Change.REMOVED, a.get(i++)));
            } else {
                out.add(new DocumentDiff.Line(DocumentDiff.Change.ADDED, b.get(j++)));
            }
        }
        while (i < a.size()) {
            out.add(new DocumentDiff.Line(DocumentDiff.Change.REMOVED, a.get(i++)));
        }
        while (j < b.size()) {
            out.add(new DocumentDiff.Line(DocumentDiff.Change.ADDED, b.get(j++)));
        }
        return out;
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\n", -1));
    }
}
