package scot.cairn.tendering;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A bid as a bidder sends it: a price for each lot it bids for (lot 0 when the tender has no lots), an answer to each
 * question (by its number: 1 for Q1), and its files.
 */
public record BidContent(Map<Integer, BigDecimal> prices, Map<Integer, String> answers, List<File> files) {

    /** A file sent with the bid: its name as the bidder's computer gave it, and its bytes. */
    public record File(String name, byte[] content) {}
}
