package scot.cairn.tendering;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import scot.cairn.identity.CurrentUser;
import scot.cairn.platform.web.Download;

/**
 * A tender's opened bids as CSV, in the reader's language: one row per bid and lot priced. Refused, and the attempt
 * recorded, before the opening, like every other way to the bids.
 */
@Service
public class BidDownloads {

    static final List<String> COLUMNS = List.of(
            "tendering.bids.organisation",
            "tendering.bid.receivedAt",
            "tendering.bid.sha256",
            "tendering.bids.intact",
            "tendering.lot.number",
            "tendering.bids.price");

    private final OpeningService opening;
    private final MessageSource messages;

    BidDownloads(OpeningService opening, MessageSource messages) {
        this.opening = opening;
        this.messages = messages;
    }

    public Download csv(long id, long tenderId, CurrentUser user) {
        var bids = opening.bids(id, tenderId, "export", user);
        var locale = LocaleContextHolder.getLocale();
        var out = new StringWriter();
        try (var csv = CSVFormat.DEFAULT
                .builder()
                .setHeader(COLUMNS.stream()
                        .map(c -> messages.getMessage(c, null, locale))
                        .toArray(String[]::new))
                .get()
                .print(out)) {
            for (var b : bids) {
                var yes = messages.getMessage(b.intact() ? "platform.yes" : "platform.no", null, locale);
                if (b.prices().isEmpty()) {
                    // A bid that could not be read still has its row, with its receipt and no prices.
                    csv.printRecord(b.organisation(), b.receivedAt().toOffsetDateTime(), b.sha256(), yes, "", "");
                }
                for (var price : b.prices().entrySet()) {
                    csv.printRecord(
                            b.organisation(),
                            b.receivedAt().toOffsetDateTime(),
                            b.sha256(),
                            yes,
                            price.getKey(),
                            price.getValue().toPlainString());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Download("bids.csv", "text/csv;charset=UTF-8", out.toString().getBytes(StandardCharsets.UTF_8));
    }
}
