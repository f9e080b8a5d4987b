package scot.cairn.tendering;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.hybrid.HpkeParameters;
import com.google.crypto.tink.hybrid.HybridConfig;
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
 * The keys of sealed bids. Each published tender has its own key pair for hybrid encryption (Tink's HPKE: X25519,
 * HKDF-SHA256, AES-256-GCM). Bids are encrypted with the public key, which is all that sending needs; the private key
 * is kept in the database only wrapped by the master key from the configuration ({@code cairn.tendering.master-key},
 * or the file named by {@code cairn.tendering.master-key-file}, made the first time where
 * {@code cairn.tendering.make-master-key} allows it, for development), and is unwrapped only to decrypt, which this
 * class refuses until the tender's opening is complete, whoever asks. Each part of a bid is bound to its tender, its
 * organisation and its part (the files to their manifest's SHA-256), so ciphertext moved between bids or parts fails.
 */
@Component
class Sealing {

    private final Aead master;
    private final JdbcClient jdbc;

    Sealing(
            @Value("${cairn.tendering.master-key:}") String masterKey,
            @Value("${cairn.tendering.master-key-file}") Path masterKeyFile,
            @Value("${cairn.tendering.make-master-key:true}") boolean make,
            JdbcClient jdbc) {
        this.jdbc = jdbc;
        try {
            AeadConfig.register();
            HybridConfig.register();
            var handle = masterKey.isBlank()
                    ? fromFile(masterKeyFile, make)
                    : TinkJsonProtoKeysetFormat.parseKeyset(masterKey, InsecureSecretKeyAccess.get());
            this.master = handle.getPrimitive(RegistryConfiguration.get(), Aead.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The master key for sealed bids cannot be read", e);
        }
    }

    /**
     * The master keyset in the file; made there if missing and {@code make} allows, created readable by its owner
     * alone where the system has POSIX permissions (the file never exists with wider ones).
     */
    private static KeysetHandle fromFile(Path file, boolean make) throws GeneralSecurityException {
        try {
            if (Files.exists(file)) {
                return TinkJsonProtoKeysetFormat.parseKeyset(
                        Files.readString(file, StandardCharsets.UTF_8), InsecureSecretKeyAccess.get());
            }
            if (!make) {
                throw new IllegalStateException(
                        "No master key for sealed bids: set CAIRN_TENDERING_MASTER_KEY (the same"
                                + " on every node), or CAIRN_TENDERING_MASTER_KEY_FILE to a file that holds it");
            }
            var made = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
            var parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try {
                try {
                    Files.createFile(
                            file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                } catch (UnsupportedOperationException notPosix) {
                    // Windows: the file takes the folder's permissions.
                    Files.createFile(file);
                }
            } catch (java.nio.file.FileAlreadyExistsException anotherNodeMadeIt) {
                return madeElsewhere(file);
            }
            Files.writeString(
                    file,
                    TinkJsonProtoKeysetFormat.serializeKeyset(made, InsecureSecretKeyAccess.get()),
                    StandardCharsets.UTF_8);
            return made;
        } catch (IOException e) {
            throw new UncheckedIOException("The master key file for sealed bids cannot be read or made: " + file, e);
        }
    }

    /** The key another process made at the same moment, once it has written it (waiting up to ten seconds). */
    private static KeysetHandle madeElsewhere(Path file) throws IOException, GeneralSecurityException {
        for (int tries = 0; tries < 100; tries++) {
            var text = Files.readString(file, StandardCharsets.UTF_8);
            if (!text.isBlank()) {
                try {
                    return TinkJsonProtoKeysetFormat.parseKeyset(text, InsecureSecretKeyAccess.get());
                } catch (GeneralSecurityException stillBeingWritten) {
                    // read again below
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return TinkJsonProtoKeysetFormat.parseKeyset(
                Files.readString(file, StandardCharsets.UTF_8), InsecureSecretKeyAccess.get());
    }

    /** The key pairs' parameters: DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-256-GCM. */
    private static HpkeParameters parameters() throws GeneralSecurityException {
        return HpkeParameters.builder()
                .setKemId(HpkeParameters.KemId.DHKEM_X25519_HKDF_SHA256)
                .setKdfId(HpkeParameters.KdfId.HKDF_SHA256)
                .setAeadId(HpkeParameters.AeadId.AES_256_GCM)
                .setVariant(HpkeParameters.Variant.TINK)
                .build();
    }

    /**
     * Makes the tender's own key pair, the private key wrapped by the master key; once, when the tender is published.
     */
    void create(long tenderId) {
        try {
            var keyset = KeysetHandle.generateNew(parameters());
            jdbc.sql("insert into tendering_seal (tender_id, keyset, public_keyset) values (?, ?, ?)")
                    .params(
                            tenderId,
                            TinkJsonProtoKeysetFormat.serializeEncryptedKeyset(keyset, master, keyContext(tenderId)),
                            TinkJsonProtoKeysetFormat.serializeKeysetWithoutSecret(keyset.getPublicKeysetHandle()))
                    .update();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A tender's key could not be made", e);
        }
    }

    /**
     * Encrypts a part of a bid with its tender's public key, bound to the tender, the organisation and the part (a name
     * such as {@code manifest}, or {@code files:} and the manifest's SHA-256).
     */
    byte[] seal(long tenderId, long organisationId, String part, byte[] content) {
        try {
            var published = jdbc.sql("select public_keyset from tendering_seal where tender_id = ?")
                    .param(tenderId)
                    .query(String.class)
                    .optional()
                    .orElseThrow(
                            () -> new IllegalStateException("Tender " + tenderId + " has no key: is it published?"));
            return TinkJsonProtoKeysetFormat.parseKeysetWithoutSecret(published)
                    .getPrimitive(RegistryConfiguration.get(), com.google.crypto.tink.HybridEncrypt.class)
                    .encrypt(content, bidContext(tenderId, organisationId, part));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A bid could not be sealed", e);
        }
    }

    /**
     * Locks the tender's key row until the transaction ends: sending a bid and completing the opening each take it, so
     * that the one waits for the other.
     */
    void lock(long tenderId) {
        jdbc.sql("select tender_id from tendering_seal where tender_id = ? for update")
                .param(tenderId)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new IllegalStateException("Tender " + tenderId + " has no key: is it published?"));
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
        return privateKey(tenderId)
                .getPrimitive(RegistryConfiguration.get(), com.google.crypto.tink.HybridDecrypt.class)
                .decrypt(sealed, bidContext(tenderId, organisationId, part));
    }

    /** The tender's private key, unwrapped; called only once the opening is complete. */
    private KeysetHandle privateKey(long tenderId) throws GeneralSecurityException {
        var wrapped = jdbc.sql("select keyset from tendering_seal where tender_id = ?")
                .param(tenderId)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new IllegalStateException("Tender " + tenderId + " has no key: is it published?"));
        return TinkJsonProtoKeysetFormat.parseEncryptedKeyset(wrapped, master, keyContext(tenderId));
    }

    private static byte[] keyContext(long tenderId) {
        return ("cairn-tender-key:" + tenderId).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bidContext(long tenderId, long organisationId, String part) {
        return ("cairn-bid:" + tenderId + ":" + organisationId + ":" + part).getBytes(StandardCharsets.UTF_8);
    }
}
