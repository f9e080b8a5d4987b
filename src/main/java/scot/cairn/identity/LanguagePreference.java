package scot.cairn.identity;

import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.platform.AuditTrail;
import scot.cairn.platform.Changes;
import scot.cairn.platform.web.Languages;

/**
 * The language a person chose, kept on their account so that it follows them to another browser. A setting of their
 * own with one value, so a change simply replaces it: there is nothing another writer's change could be lost from.
 */
@Service
public class LanguagePreference {

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    LanguagePreference(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The language the person chose, if they chose a supported one. */
    @Transactional(readOnly = true)
    public Optional<Locale> of(long personId) {
        return jdbc.sql("select language from identity_account where person_id = ?")
                .param(personId)
                .query(String.class)
                .optional()
                .flatMap(Languages::supported);
    }

    /** Keeps {@code language} on the person's account; does nothing for someone without an account. */
    @Transactional
    public void choose(long personId, Locale language) {
        var before = of(personId);
        if (before.equals(Optional.of(language))) {
            return;
        }
        int changed = jdbc.sql("update identity_account set language = ? where person_id = ?")
                .params(language.getLanguage(), personId)
                .update();
        if (changed > 0) {
            audit.record(
                    "person",
                    personId,
                    null,
                    "identity.audit.languageChosen",
                    Changes.create()
                            .field(
                                    "identity.audit.language",
                                    before.map(Locale::getLanguage).orElse(""),
                                    language.getLanguage()));
        }
    }
}
