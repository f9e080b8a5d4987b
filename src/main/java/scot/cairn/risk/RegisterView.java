package scot.cairn.risk;

import java.util.List;

/**
 * A partnership's register: every item, highest score first; the open ones the board must see; and the heat map of
 * open items. {@code heatMap[i][l]} counts the open items of impact {@code 5 - i} and likelihood {@code l + 1}, so the
 * first row is the most severe impact, as the grid is drawn.
 */
public record RegisterView(
        long partnershipId,
        boolean mayEdit,
        int tolerance,
        List<RiskView> risks,
        List<RiskView> forBoard,
        int[][] heatMap) {

    /** The heat map's cells of one row, for templates: likelihood 1 to 5. */
    public record Cell(int likelihood, int impact, int count, RiskScore.Band band) {}

    public List<List<Cell>> rows() {
        return java.util.stream.IntStream.range(0, RiskScore.MAX)
                .mapToObj(i -> java.util.stream.IntStream.range(0, RiskScore.MAX)
                        .mapToObj(l -> new Cell(
                                l + 1, RiskScore.MAX - i, heatMap[i][l], RiskScore.band((l + 1) * (RiskScore.MAX - i))))
                        .toList())
                .toList();
    }
}
