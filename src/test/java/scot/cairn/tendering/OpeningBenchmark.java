package scot.cairn.tendering;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.jdbc.core.simple.JdbcClient;
import scot.cairn.platform.FileType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Opening a tender at the size (target under 10 s): 20 bids, each a manifest and a 20 MB file, sealed with the
 * tender's public key as Cairn seals them (HPKE); each operation unwraps the private key, decrypts every bid's
 * manifest and files and checks every file against the SHA-256 its manifest gives, as the opening does (the key rows
 * are read from an H2 database in memory). Run with {@code bash bench/opening-jmh.sh}; not part of the tests.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class OpeningBenchmark {

    static final int BIDS = 20;
    static final int MEGABYTES = 20;
    private static final long TENDER = 1;

    private final JsonMapper json = JsonMapper.builder().build();
    private final List<byte[][]> sealed = new ArrayList<>();
    private Sealing sealing;

    @Setup
    public void prepare() throws GeneralSecurityException {
        AeadConfig.register();
        var master = TinkJsonProtoKeysetFormat.serializeKeyset(
                KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM), InsecureSecretKeyAccess.get());
        var data = new org.h2.jdbcx.JdbcDataSource();
        data.setURL("jdbc:h2:mem:opening-bench;DB_CLOSE_DELAY=-1");
        var jdbc = JdbcClient.create(data);
        jdbc.sql("create table tendering_seal (tender_id bigint primary key, keyset text not null,"
                        + " public_keyset text not null)")
                .update();
        jdbc.sql("create table tendering_opening (tender_id bigint primary key, second_by bigint)")
                .update();
        sealing = new Sealing(master, Path.of("unused"), false, jdbc);
        sealing.create(TENDER);
        var random = new Random(7);
        for (int b = 0; b < BIDS; b++) {
            var file = new byte[MEGABYTES * 1024 * 1024 - 64 * 1024];
            random.nextBytes(file);
            System.arraycopy("%PDF-1.7\n".getBytes(), 0, file, 0, 9);
            var bid = new BidContent(
                    Map.of(0, new BigDecimal(3_900_000 + b)),
                    Map.of(1, "An answer of some length. ".repeat(400)),
                    List.of(new BidContent.File("bid-" + b + ".pdf", file)));
            var packed = BidEnvelope.pack(bid, List.of(FileType.of("bid.pdf", file)), json);
            sealed.add(new byte[][] {
                sealing.seal(TENDER, b, BidEnvelope.MANIFEST, packed.manifest()),
                sealing.seal(TENDER, b, BidEnvelope.filesPart(packed.sha256()), packed.files())
            });
        }
        jdbc.sql("insert into tendering_opening (tender_id, second_by) values (?, 2)")
                .param(TENDER)
                .update();
    }

    @Benchmark
    public int openTwentyBidsOfTwentyMegabytes() throws GeneralSecurityException {
        int intact = 0;
        for (int b = 0; b < BIDS; b++) {
            var manifestBytes = sealing.unseal(TENDER, b, BidEnvelope.MANIFEST, sealed.get(b)[0]);
            var manifest = BidEnvelope.manifest(manifestBytes, json);
            var part = BidEnvelope.filesPart(FileType.sha256(manifestBytes));
            if (BidEnvelope.files(manifest, sealing.unseal(TENDER, b, part, sealed.get(b)[1]))
                    .isPresent()) {
                intact++;
            }
        }
        if (intact != BIDS) {
            throw new IllegalStateException("Only " + intact + " bids opened intact");
        }
        return intact;
    }
}
