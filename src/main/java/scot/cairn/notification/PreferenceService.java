package scot.cairn.notification;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.identity.CurrentUser;
import scot.cairn.platform.AuditTrail;
import scot.cairn.platform.Changes;
import scot.cairn.platform.ConcurrentChangeException;

/**
 * Each person's choice, per kind of notification, of email at once, in a daily digest or not at all. A person's
 * choices carry a version like any record; the link in every email ({@link EmailLinks}) changes one kind's choice
 * without signing in.
 */
@Service
public class PreferenceService {

    static final String SUBJECT = "notification-preferences";

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    PreferenceService(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The person's choices; the standard ones for kinds they have not chosen. */
    @Transactional(readOnly = true)
    public Preferences of(CurrentUser user) {
        return read(user.personId());
    }

    /**
     * Replaces the person's choices with {@code choices} (kinds left out keep theirs).
     *
     * @throws scot.cairn.platform.VersionRequiredException without a version
     * @throws ConcurrentChangeException when they were changed since {@code seenVersion} was read
     */
    @Transactional
    public Preferences save(CurrentUser user, Integer seenVersion, Map<NoticeKind, Frequency> choices) {
        long person = user.personId();
        var before = read(person);
        ConcurrentChangeException.check(SUBJECT, seenVersion, before.version());
        ensureSetting(person);
        int updated = jdbc.sql(
                        "update notification_setting set version = version + 1 where person_id = ? and version = ?")
                .params(person, before.version())
                .update();
        if (updated == 0) {
            throw new ConcurrentChangeException(SUBJECT);
        }
        var changes = Changes.create();
        choices.forEach((kind, frequency) -> {
            changes.field(kind.labelKey(), before.of(kind).labelKey(), frequency.labelKey());
            choose(person, kind, frequency);
        });
        audit.record("person", person, null, "notification.audit.preferencesChanged", changes);
        return read(person);
    }

    /** The person's choices, for the page an email link opens. */
    @Transactional(readOnly = true)
    public Preferences of(long personId) {
        return read(personId);
    }

    /** One kind's choice, made from an email link: a single value, so the last click counts. */
    @Transactional
    public void chooseFromEmail(long personId, NoticeKind kind, Frequency frequency) {
        var before = read(personId).of(kind);
        ensureSetting(personId);
        choose(personId, kind, frequency);
        jdbc.sql("update notification_setting set version = version + 1 where person_id = ?")
                .param(personId)
                .update();
        audit.record(
                "person",
                personId,
                null,
                "notification.audit.preferenceChangedFromEmail",
                Changes.create().field(kind.labelKey(), before.labelKey(), frequency.labelKey()));
    }

    Frequency frequency(long personId, NoticeKind kind) {
        return jdbc.sql("select frequency from notification_preference where person_id = ? and kind = ?")
                .params(personId, kind.name())
                .query(String.class)
                .optional()
                .map(Frequency::valueOf)
                .orElse(kind.standard());
    }

    private Preferences read(long personId) {
        int version = jdbc.sql("select version from notification_setting where person_id = ?")
                .param(personId)
                .query(Integer.class)
                .optional()
                .orElse(0);
        var choices = new EnumMap<NoticeKind, Frequency>(NoticeKind.class);
        jdbc.sql("select kind, frequency from notification_preference where person_id = ?")
                .param(personId)
                .query((rs, n) -> Map.entry(rs.getString("kind"), rs.getString("frequency")))
                .list()
                .forEach(e -> known(e.getKey()).ifPresent(k -> choices.put(k, Frequency.valueOf(e.getValue()))));
        return new Preferences(version, choices);
    }

    private static Optional<NoticeKind> known(String name) {
        try {
            return Optional.of(NoticeKind.valueOf(name));
        } catch (IllegalArgumentException retired) {
            return Optional.empty();
        }
    }

    private void choose(long personId, NoticeKind kind, Frequency frequency) {
        int updated = jdbc.sql("update notification_preference set frequency = ? where person_id = ? and kind = ?")
                .params(frequency.name(), personId, kind.name())
                .update();
        if (updated == 0) {
            jdbc.sql("insert into notification_preference (person_id, kind, frequency) values (?, ?, ?)")
                    .params(personId, kind.name(), frequency.name())
                    .update();
        }
    }

    private void ensureSetting(long personId) {
        int exists = jdbc.sql("select count(*) from notification_setting where person_id = ?")
                .param(personId)
                .query(Integer.class)
                .single();
        if (exists == 0) {
            jdbc.sql("insert into notification_setting (person_id, version) values (?, 0)")
                    .param(personId)
                    .update();
        }
    }
}
