package scot.cairn.engagement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.Editors;
import scot.cairn.partnership.PartnershipScope;
import scot.cairn.platform.AuditTrail;
import scot.cairn.platform.Changes;
import scot.cairn.platform.ConcurrentChangeException;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.NotFoundException;

/**
 * The information-parity ledger: every piece of information about the future service that reached providers, who
 * received it and when. Bulletins and answers enter it by themselves; the communications editors record papers,
 * meetings and the rest. The providers are those who may bid: the forum's organisations and the partners outside the
 * public sector (core partners hold what the others lack). The report lists what some received and others did not,
 * unless published; the editors mark each remedied or justified, with a note. Members read it.
 */
@Service
public class ParityService {

    static final String SUBJECT = "parity";
    static final int SUBJECT_LENGTH = 300;
    static final int NOTE = 1000;

    private final JdbcClient jdbc;
    private final PartnershipScope scope;
    private final Providers providers;
    private final ParityLedger ledger;
    private final AuditTrail audit;
    private final Clock clock;

    ParityService(
            JdbcClient jdbc,
            PartnershipScope scope,
            Providers providers,
            ParityLedger ledger,
            AuditTrail audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.providers = providers;
        this.ledger = ledger;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ParityView ledger(long id, CurrentUser user) {
        var access = scope.requireRead(id, user);
        var bidders = providers.bidders(access);
        var names = access.partnership().namesById();
        var received = new HashMap<Long, List<Long>>();
        jdbc.sql("""
                        select w.shared_id, w.organisation_id from engagement_shared_with w
                          join engagement_shared s on s.id = w.shared_id where s.partnership_id = ?
                        """).param(id).query(rs -> {
            received.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
        });
        var orgNames = new HashMap<Long, String>(bidders);
        access.partnership().partners().forEach(p -> orgNames.putIfAbsent(p.organisationId(), p.name()));
        var entries = jdbc.sql("""
                        select id, version, kind, subject, shared_on, published, outcome, outcome_note, outcome_by,
                               outcome_at
                          from engagement_shared where partnership_id = ? order by shared_on desc, id desc
                        """)
                .param(id)
                .query((rs, n) -> {
                    long entryId = rs.getLong("id");
                    var got = received.getOrDefault(entryId, List.of());
                    boolean published = rs.getBoolean("published");
                    Long by = (Long) rs.getObject("outcome_by", Long.class);
                    var at = rs.getTimestamp("outcome_at");
                    return new ParityView.Entry(
                            entryId,
                            rs.getInt("version"),
                            SharedKind.valueOf(rs.getString("kind")),
                            rs.getString("subject"),
                            rs.getDate("shared_on").toLocalDate(),
                            published,
                            got.stream()
                                    .map(o -> orgNames.getOrDefault(o, ""))
                                    .sorted()
                                    .toList(),
                            published
                                    ? List.of()
                                    : bidders.entrySet().stream()
                                            .filter(p -> !got.contains(p.getKey()))
                                            .map(Map.Entry::getValue)
                                            .sorted()
                                            .toList(),
                            rs.getString("outcome") == null ? null : ParityOutcome.valueOf(rs.getString("outcome")),
                            rs.getString("outcome_note"),
                            by == null ? null : names.get(by),
                            at == null ? null : at.toInstant());
                })
                .list();
        boolean editor = access.mayEdit(Editors.COMMUNICATIONS);
        return new ParityView(
                bidders.entrySet().stream()
                        .map(p -> new ParityView.Provider(p.getKey(), p.getValue()))
                        .toList(),
                entries,
                entries.stream()
                        .filter(e -> !e.receivedBy().isEmpty() && !e.missing().isEmpty() && e.outcome() == null)
                        .toList(),
                editor,
                editor);
    }

    /**
     * Records, from the tendering module, the answer to a tender's clarification question published to every provider
     * interested in the tender at the same moment: an entry published to everyone, naming those it reached. Called in
     * the transaction that publishes it, by a person the caller has checked.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public void clarificationPublished(
            long id,
            long clarificationId,
            String subject,
            LocalDate on,
            java.util.Collection<Long> organisations,
            long publishedBy) {
        ledger.shared(
                id,
                SharedKind.CLARIFICATION,
                clarificationId,
                subject,
                on,
                true,
                java.util.Set.copyOf(organisations),
                publishedBy);
    }

    /** Records a paper, a meeting or anything else that reached some providers. */
    @Transactional
    public ParityView record(long id, SharedDetails d, CurrentUser user) {
        var access = scope.requireEdit(id, user, Editors.COMMUNICATIONS);
        var bidders = providers.bidders(access);
        var today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
        var orgs = d.organisationIds() == null ? List.<Long>of() : d.organisationIds();
        new InvalidInputException.Collector()
                .rejectIf(d.kind() == null, "kind", "engagement.parity.kindMissing")
                .rejectIf(d.kind() != null && !d.kind().recordedByHand(), "kind", "engagement.parity.kindByItself")
                .rejectIf(d.subject() == null || d.subject().isBlank(), "subject", "engagement.parity.subjectMissing")
                .rejectIf(
                        d.subject() != null && d.subject().strip().length() > SUBJECT_LENGTH,
                        "subject",
                        "engagement.parity.subjectTooLong",
                        SUBJECT_LENGTH)
                .rejectIf(d.sharedOn() == null, "sharedOn", "engagement.parity.sharedOnMissing")
                .rejectIf(
                        d.sharedOn() != null && d.sharedOn().isAfter(today),
                        "sharedOn",
                        "engagement.parity.sharedOnFuture")
                .rejectIf(orgs.isEmpty(), "organisationIds", "engagement.parity.nobody")
                .rejectIf(
                        orgs.stream().anyMatch(o -> o == null || !bidders.containsKey(o)),
                        "organisationIds",
                        "engagement.parity.notProvider")
                .throwIfAny();
        EngagementLimits.SHARED.check("", count(id) + 1);
        long entry = ledger.shared(
                id, d.kind(), null, d.subject().strip(), d.sharedOn(), false, Set.copyOf(orgs), user.personId());
        audit.record(
                SUBJECT,
                entry,
                id,
                "engagement.audit.sharedRecorded",
                Changes.create()
                        .field("engagement.audit.organisations", null, orgs.size())
                        .note(d.subject().strip()));
        return ledger(id, user);
    }

    /** Marks an entry remedied or justified, with a note, as read at {@code seenVersion}; once. */
    @Transactional
    public ParityView resolve(
            long id, long entryId, Integer seenVersion, ParityOutcome outcome, String note, CurrentUser user) {
        scope.requireEdit(id, user, Editors.COMMUNICATIONS);
        record Row(int version, String outcome, String subject) {}
        var row = jdbc.sql("select version, outcome, subject from engagement_shared where id = ? and partnership_id = ?"
                        + " for update")
                .params(entryId, id)
                .query((rs, n) -> new Row(rs.getInt(1), rs.getString(2), rs.getString(3)))
                .optional()
                .orElseThrow(() -> new NotFoundException("Ledger entry"));
        ConcurrentChangeException.check("entry", seenVersion, row.version());
        new InvalidInputException.Collector()
                .rejectIf(row.outcome() != null, "outcome", "engagement.parity.alreadyResolved")
                .rejectIf(outcome == null, "outcome", "engagement.parity.outcomeMissing")
                .rejectIf(note == null || note.isBlank(), "note", "engagement.parity.noteMissing")
                .rejectIf(note != null && note.strip().length() > NOTE, "note", "engagement.parity.noteTooLong", NOTE)
                .throwIfAny();
        jdbc.sql("""
                        update engagement_shared set outcome = ?, outcome_note = ?, outcome_by = ?, outcome_at = ?,
                               version = version + 1
                         where id = ?
                        """)
                .params(
                        outcome.name(),
                        note.strip(),
                        user.personId(),
                        java.sql.Timestamp.from(clock.instant()),
                        entryId)
                .update();
        audit.record(
                SUBJECT,
                entryId,
                id,
                "engagement.audit.sharedResolved",
                Changes.create()
                        .field("engagement.audit.outcome", null, outcome.name())
                        .note(row.subject()));
        return ledger(id, user);
    }

    private int count(long id) {
        return jdbc.sql("select count(*) from engagement_shared where partnership_id = ?")
                .param(id)
                .query(Integer.class)
                .single();
    }
}
