package scot.cairn.engagement;

import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.consultation.ThemeService;
import scot.cairn.governance.DecisionService;
import scot.cairn.governance.DecisionStatus;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.Editors;
import scot.cairn.partnership.PartnershipScope;
import scot.cairn.partnership.PartnershipService;
import scot.cairn.platform.AuditTrail;
import scot.cairn.platform.Changes;
import scot.cairn.platform.ConcurrentChangeException;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.NotFoundException;

/**
 * The partnership's public page: off until a manager turns it on, naming the board's approved decision that agreed to
 * it; then anyone reads it at {@code /public/partnerships/{id}}. It shows only what was published. A closed
 * partnership's page stays as it was but takes no enquiries.
 */
@Service
public class PublicPageService {

    static final String SUBJECT = "public-page";

    private final JdbcClient jdbc;
    private final PartnershipScope scope;
    private final PartnershipService partnerships;
    private final DecisionService decisions;
    private final ThemeService themes;
    private final AuditTrail audit;
    private final Clock clock;
    private final List<PublicSection> sections;

    PublicPageService(
            JdbcClient jdbc,
            PartnershipScope scope,
            PartnershipService partnerships,
            DecisionService decisions,
            ThemeService themes,
            AuditTrail audit,
            Clock clock,
            List<PublicSection> sections) {
        this.sections = sections;
        this.jdbc = jdbc;
        this.scope = scope;
        this.partnerships = partnerships;
        this.decisions = decisions;
        this.themes = themes;
        this.audit = audit;
        this.clock = clock;
    }

    private record Row(int version, boolean enabled, Long decisionId) {}

    /** The page's setting as a member reads it. */
    @Transactional(readOnly = true)
    public PublicPageView settings(long id, CurrentUser user) {
        var access = scope.requireRead(id, user);
        var row = row(id);
        boolean mayChange = access.mayManage();
        var approved = mayChange || row.decisionId() != null
                ? decisions.log(id, user).stream()
                        .filter(d -> d.status() == DecisionStatus.APPROVED)
                        .toList()
                : List.<scot.cairn.governance.DecisionView>of();
        String decision = approved.stream()
                .filter(d -> row.decisionId() != null && d.id() == row.decisionId())
                .map(d -> d.reference() + " " + d.title())
                .findFirst()
                .orElse(null);
        return new PublicPageView(
                id,
                row.version(),
                row.enabled(),
                decision,
                href(id),
                mayChange,
                mayChange
                        ? approved.stream()
                                .map(d -> new PublicPageView.Choice(d.id(), d.reference() + " " + d.title()))
                                .toList()
                        : List.of());
    }

    /**
     * Turns the page on (naming the board's approved decision) or off, as read at {@code seenVersion} (0 before it
     * was first set). Managers only.
     */
    @Transactional
    public PublicPageView change(long id, Integer seenVersion, boolean enabled, Long decisionId, CurrentUser user) {
        scope.requireEdit(id, user, Editors.MANAGERS);
        var row = jdbc.sql("select version, enabled, decision_id from engagement_public_page where partnership_id = ?"
                        + " for update")
                .param(id)
                .query((rs, n) -> new Row(rs.getInt(1), rs.getBoolean(2), (Long) rs.getObject(3, Long.class)))
                .optional();
        ConcurrentChangeException.check(
                "publicPage", seenVersion, row.map(Row::version).orElse(0));
        if (enabled) {
            if (decisionId == null) {
                throw InvalidInputException.of("decisionId", "engagement.publicPage.decisionMissing");
            }
            boolean approved = decisions.log(id, user).stream()
                    .anyMatch(d -> d.id() == decisionId && d.status() == DecisionStatus.APPROVED);
            if (!approved) {
                throw InvalidInputException.of("decisionId", "engagement.publicPage.decisionNotApproved");
            }
        }
        Long keptDecision = enabled ? decisionId : row.map(Row::decisionId).orElse(null);
        if (row.isPresent()) {
            jdbc.sql("""
                            update engagement_public_page
                               set version = version + 1, enabled = ?, decision_id = ?, changed_by = ?, changed_at = ?
                             where partnership_id = ?
                            """)
                    .params(enabled, keptDecision, user.personId(), java.sql.Timestamp.from(clock.instant()), id)
                    .update();
        } else {
            jdbc.sql("""
                            insert into engagement_public_page
                              (partnership_id, version, enabled, decision_id, changed_by, changed_at)
                            values (?, 1, ?, ?, ?, ?)
                            """)
                    .params(id, enabled, keptDecision, user.personId(), java.sql.Timestamp.from(clock.instant()))
                    .update();
        }
        audit.record(
                SUBJECT,
                id,
                id,
                enabled ? "engagement.audit.publicPageOn" : "engagement.audit.publicPageOff",
                Changes.create()
                        .field(
                                "engagement.audit.publicPage",
                                row.map(Row::enabled).orElse(false),
                                enabled));
        return settings(id, user);
    }

    /** Whether anyone may read the partnership's public page. */
    @Transactional(readOnly = true)
    public boolean enabled(long id) {
        return row(id).enabled();
    }

    /**
     * The public page, for anyone.
     *
     * @throws NotFoundException when the partnership has none (or does not exist)
     */
    @Transactional(readOnly = true)
    public PublicPartnership page(long id) {
        if (!enabled(id)) {
            throw new NotFoundException("Partnership");
        }
        var p = partnerships.forChecks(id);
        var bulletins = jdbc
                .sql("""
                        select number, title, body, sent_at from engagement_bulletin
                         where partnership_id = ? and status = 'SENT' order by sent_at desc, number desc
                        """)
                .param(id)
                .query((rs, n) -> new PublicPartnership.PublicBulletin(
                        "B-" + rs.getInt("number"),
                        rs.getString("title"),
                        rs.getString("body"),
                        rs.getTimestamp("sent_at").toInstant()))
                .list()
                .stream()
                .limit(EngagementLimits.PUBLISHED.max())
                .toList();
        var answers = jdbc
                .sql("""
                        select number, public_question, answer, published_at from engagement_enquiry
                         where partnership_id = ? and published_at is not null order by published_at desc, number desc
                        """)
                .param(id)
                .query((rs, n) -> new PublicPartnership.PublicAnswer(
                        "Q-" + rs.getInt("number"),
                        rs.getString("public_question"),
                        rs.getString("answer"),
                        rs.getTimestamp("published_at").toInstant()))
                .list()
                .stream()
                .limit(EngagementLimits.PUBLISHED.max())
                .toList();
        return new PublicPartnership(
                id,
                p.title(),
                p.region(),
                p.aims(),
                p.stage(),
                !p.closed(),
                bulletins,
                answers,
                themes.published(id),
                sections.stream().flatMap(s -> s.shown(id).stream()).toList());
    }

    static String href(long id) {
        return "/public/partnerships/" + id;
    }

    private Row row(long id) {
        return jdbc.sql("select version, enabled, decision_id from engagement_public_page where partnership_id = ?")
                .param(id)
                .query((rs, n) -> new Row(rs.getInt(1), rs.getBoolean(2), (Long) rs.getObject(3, Long.class)))
                .optional()
                .orElse(new Row(0, false, null));
    }
}
