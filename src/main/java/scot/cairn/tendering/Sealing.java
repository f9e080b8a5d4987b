package scot.cairn.tendering;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The keys of sealed bids. Each published tender has its own AES-256-GCM keyset (Tink's AEAD), kept in the database
 * only wrapped by the master key from the configuration ({@code cairn.tendering.master-key}, or the file named by
 * {@code cairn.tendering.master-key-file}, made the first time for development). A bid is encrypted with its tender's
 * key and bound to its tender and organisation, so that ciphertext moved between bids fails to decrypt. The key is
 * unwrapped for decrypting only when the tender's opening is complete: the one path that reads a bid checks that here,
 * whoever asks.
 */
@Component
class Sealing {

    private final Aead master;
    private final JdbcClient jdbc;

    Sealing(
            @Value("${cairn.tendering.master-key:}") String masterKey,
            @Value("${cairn.tendering.master-key-file}") Path masterKeyFile,
            JdbcClient jdbc) {
        this.jdbc = jdbc;
        try {
            AeadConfig.register();
            var handle = masterKey.isBlank()
                    ? fromFile(masterKeyFile)
                    : TinkJsonProtoKeysetFormat.parseKeyset(masterKey, InsecureSecretKeyAccess.get());
            this.master = handle.getPrimitive(RegistryConfiguration.get(), Aead.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The master key for sealed bids cannot be read", e);
        }
    }

    /** The master keyset in the file, made there (readable by the owner alone where the system allows) if missing. */
    private static KeysetHandle fromFile(Path file) throws GeneralSecurityException {
        try {
            if (Files.exists(file)) {
                return TinkJsonProtoKeysetFormat.parseKeyset(
                        Files.readString(file, StandardCharsets.UTF_8), InsecureSecretKeyAccess.get());
            }
            var made = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
            var parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(
                    file,
                    TinkJsonProtoKeysetFormat.serializeKeyset(made, InsecureSecretKeyAccess.get()),
                    StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the file keeps the folder's permissions.
            }
            return made;
        } catch (IOException e) {
            throw new UncheckedIOException("The master key file for sealed bids cannot be read or made: " + file, e);
        }
    }

    /** Makes the tender's own key, wrapped by the master key; once, when the tender is published. */
    void create(long tenderId) {
        try {
            var keyset = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
            jdbc.sql("insert into tendering_seal (tender_id, keyset) values (?, ?)")
                    .params(
                            tenderId,
                            TinkJsonProtoKeysetFormat.serializeEncryptedKeyset(keyset, master, keyContext(tenderId)))
                    .update();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A tender's key could not be made", e);
        }
    }

    /** Encrypts a part of a bid with its tender's key, bound to the tender, the organisation and the part. */
    byte[] seal(long tenderId, long organisationId, String part, byte[] content) {
        try {
            return key(tenderId).encrypt(content, bidContext(tenderId, organisationId, part));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A bid could not be sealed", e);
        }
    }

    /**
     * Decrypts a bid, refused while the tender's opening is not complete.
     *
     * @throws BidsSealedException before two people have opened the tender
     * @throws GeneralSecurityException when the stored bid was altered or belongs elsewhere
     */
    byte[] unseal(long tenderId, long organisationId, String part, byte[] sealed) throws GeneralSecurityException {
        boolean opened =
                jdbc.sql("select count(*) from tendering_opening where tender_id = ? and second_by is not null")
                                .param(tenderId)
                                .query(Long.class)
                                .single()
                        > 0;
        if (!opened) {
            throw new BidsSealedException();
        }
        return key(tenderId).decrypt(sealed, bidContext(tenderId, organisationId, part));
    }

    /** The tender's key unwrapped, for sealing or, once opened, for decrypting. */
    private Aead key(long tenderId) throws GeneralSecurityException {
        var wrapped = jdbc.sql("select keyset from tendering_seal where tender_id = ?")
                .param(tenderId)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new IllegalStateException("Tender " + tenderId + " has no key: is it published?"));
        return TinkJsonProtoKeysetFormat.parseEncryptedKeyset(wrapped, master, keyContext(tenderId))
                .getPrimitive(RegistryConfiguration.get(), Aead.class);
    }

    private static byte[] keyContext(long tenderId) {
        return ("cairn-tender-key:" + tenderId).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bidContext(long tenderId, long organisationId, String part) {
        return ("cairn-bid:" + tenderId + ":" + organisationId + ":" + part).getBytes(StandardCharsets.UTF_8);
    }
}
