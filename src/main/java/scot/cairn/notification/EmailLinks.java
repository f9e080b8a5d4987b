package scot.cairn.notification;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The token in every email's "change how often Cairn emails you" link: the person's id and an HMAC-SHA256 of it under
 * a key kept in the database, so that the link works on every node, needs nothing stored per person, and cannot be
 * changed to reach someone else's choices.
 */
@Component
public class EmailLinks implements org.springframework.beans.factory.SmartInitializingSingleton {

    private final JdbcClient jdbc;
    private volatile SecretKeySpec key;

    EmailLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Reads (or makes) the key as the node starts, outside any transaction: a failed insert inside one would spoil
     * it on PostgreSQL.
     */
    @Override
    public void afterSingletonsInstantiated() {
        key();
    }

    /** The token for the person's links. */
    public String tokenFor(long personId) {
        return personId + "." + signature(personId);
    }

    /** The person a token belongs to, if it is one Cairn made. */
    public Optional<Long> personFor(String token) {
        if (token == null || token.length() > 80) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot < 1) {
            return Optional.empty();
        }
        long personId;
        try {
            personId = Long.parseLong(token.substring(0, dot));
        } catch (NumberFormatException notOurs) {
            return Optional.empty();
        }
        byte[] expected = signature(personId).getBytes(StandardCharsets.US_ASCII);
        byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given) ? Optional.of(personId) : Optional.empty();
    }

    private String signature(long personId) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(key());
            byte[] sum = mac.doFinal(("notification-email:" + personId).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sum);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("HmacSHA256 is part of every Java", impossible);
        }
    }

    /** The key, made by the first node that needs it; a node that loses the race to make it reads the winner's. */
    private SecretKeySpec key() {
        if (key == null) {
            var stored = read();
            if (stored.isEmpty()) {
                byte[] secret = new byte[32];
                new SecureRandom().nextBytes(secret);
                try {
                    jdbc.sql("insert into notification_link_key (id, secret) values (1, ?)")
                            .param(Base64.getEncoder().encodeToString(secret))
                            .update();
                } catch (DuplicateKeyException anotherNodeWasFirst) {
                    // its key is the one to use
                }
                stored = read();
            }
            key = new SecretKeySpec(Base64.getDecoder().decode(stored.orElseThrow()), "HmacSHA256");
        }
        return key;
    }

    private Optional<String> read() {
        return jdbc.sql("select secret from notification_link_key where id = 1")
                .query(String.class)
                .optional();
    }
}
