package scot.cairn.meeting;

import java.time.Clock;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import scot.cairn.governance.GroupService;
import scot.cairn.platform.AuditTrail;
import scot.cairn.platform.Message;

/** What the meetings' service leans on: the clock, the audit trail, the partnership's groups and words. */
@Component
record MeetingSupport(
        Clock clock,
        AuditTrail audit,
        GroupService groups,
        MessageSource messages,
        org.springframework.jdbc.core.simple.JdbcClient jdbc,
        scot.cairn.directory.PersonService people,
        org.springframework.context.ApplicationEventPublisher events,
        scot.cairn.platform.mail.MailOutbox mail,
        scot.cairn.identity.LanguagePreference languages,
        scot.cairn.partnership.RecordLinks links) {

    /** The language the person chose, English until they do. */
    java.util.Locale locale(scot.cairn.identity.CurrentUser person) {
        return languages.of(person.personId()).orElse(java.util.Locale.ENGLISH);
    }

    /** Whether any action was agreed under the meeting's item. */
    boolean actionsUnder(long meetingId, int itemKey) {
        return jdbc.sql("select count(*) from meeting_action where meeting_id = ? and item_key = ?")
                        .params(meetingId, itemKey)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Locks the partnership's row until the transaction ends, so that its actions are numbered one at a time. */
    void lock(long partnershipId) {
        jdbc.sql("select id from partnership_partnership where id = ? for update")
                .param(partnershipId)
                .query(Long.class)
                .single();
    }

    java.time.LocalDate today() {
        return java.time.LocalDate.now(clock.withZone(Series.SCOTLAND));
    }

    /** Words kept in a meeting, such as the standing item's title, in the language of whoever writes them. */
    String words(String key, Object... args) {
        return messages.getMessage(Message.of(key, args), LocaleContextHolder.getLocale());
    }
}
