package scot.cairn.tendering;

import java.math.BigDecimal;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * An opened bid: who sent it and when, its receipt's SHA-256, its prices by lot (lot 0: the whole tender), its answers
 * by question number and its files.
 *
 * @param intact whether its files still match the SHA-256s its manifest gives, as checked at the opening
 */
public record BidView(
        long id,
        String organisation,
        ZonedDateTime receivedAt,
        String sha256,
        long size,
        boolean intact,
        Map<Integer, BigDecimal> prices,
        Map<Integer, String> answers,
        List<FileView> files) {

    /** A file of the bid, numbered from 1 for its download. */
    public record FileView(int number, String name, String type, long size, String sha256) {}
}
