package scot.cairn.tendering;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import scot.cairn.platform.FileType;
import tools.jackson.databind.json.JsonMapper;

/**
 * A bid's content in two parts, each sealed on its own: the manifest (prices, answers, and each file's name, type,
 * size and SHA-256) as JSON, and the files' bytes one after another, each preceded by its length. The receipt's
 * SHA-256 is that of the manifest, which names every file's own SHA-256, so it stands for everything received; and the
 * bids' list and scoring read the small manifest without the files.
 */
final class BidEnvelope {

    static final String MANIFEST = "manifest";

    /** The name the files part is sealed under: bound to the manifest that describes them. */
    static String filesPart(String manifestSha256) {
        return "files:" + manifestSha256;
    }

    /** What a bid says, and what its files are: the part the receipt's SHA-256 covers. */
    record Manifest(Map<Integer, String> prices, Map<Integer, String> answers, List<FileEntry> files) {}

    /** A file of the bid as the manifest describes it. */
    record FileEntry(String name, String type, long size, String sha256) {}

    /** A packed bid: its two parts and the SHA-256 for its receipt. */
    record Packed(byte[] manifest, byte[] files, String sha256) {

        long size() {
            return (long) manifest.length + files.length;
        }
    }

    private BidEnvelope() {}

    static Packed pack(BidContent bid, List<FileType> types, JsonMapper json) {
        var prices = new TreeMap<Integer, String>();
        bid.prices()
                .forEach((lot, price) ->
                        prices.put(lot, price.stripTrailingZeros().toPlainString()));
        var answers = new TreeMap<Integer, String>();
        bid.answers().forEach((n, text) -> answers.put(n, text.strip()));
        var entries = new ArrayList<FileEntry>();
        var out = new ByteArrayOutputStream(
                bid.files().stream().mapToInt(f -> f.content().length + 4).sum());
        try (var data = new DataOutputStream(out)) {
            for (int n = 0; n < bid.files().size(); n++) {
                var f = bid.files().get(n);
                entries.add(new FileEntry(
                        f.name(), types.get(n).mediaType(), f.content().length, FileType.sha256(f.content())));
                data.writeInt(f.content().length);
                data.write(f.content());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var manifest = json.writeValueAsBytes(new Manifest(prices, answers, entries));
        return new Packed(manifest, out.toByteArray(), FileType.sha256(manifest));
    }

    static Manifest manifest(byte[] bytes, JsonMapper json) {
        return json.readValue(bytes, Manifest.class);
    }

    /** The files' bytes in the manifest's order; empty when any does not match the SHA-256 the manifest gives. */
    static java.util.Optional<List<byte[]>> files(Manifest manifest, byte[] bytes) {
        try (var data = new DataInputStream(new ByteArrayInputStream(bytes))) {
            var files = new ArrayList<byte[]>();
            for (var entry : manifest.files()) {
                var content = data.readNBytes(data.readInt());
                if (content.length != entry.size() || !FileType.sha256(content).equals(entry.sha256())) {
                    return java.util.Optional.empty();
                }
                files.add(content);
            }
            return data.available() == 0 ? java.util.Optional.of(files) : java.util.Optional.empty();
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }
}
