package scot.cairn.report;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.Access;
import scot.cairn.partnership.Editors;
import scot.cairn.partnership.PartnershipScope;
import scot.cairn.platform.Changes;
import scot.cairn.platform.ConcurrentChangeException;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.NotFoundException;

/**
 * The partnership's highlight reports. Members read them; the Project Manager and managers ({@link Editors#REPORTS})
 * start one for a period (its facts generated from the other modules), generate its facts again, write commentary and
 * a status, and submit it to the board, which locks it and tells the board; board members note it, each once. Every
 * change carries the version read and is in the partnership's history.
 */
@Service
public class HighlightService {

    static final String SUBJECT = "report-highlight";

    private final HighlightRepository reports;
    private final PartnershipScope scope;
    private final ReportSupport support;
    private final HighlightViews views;

    HighlightService(HighlightRepository reports, PartnershipScope scope, ReportSupport support, HighlightViews views) {
        this.reports = reports;
        this.scope = scope;
        this.support = support;
        this.views = views;
    }

    /** One page of the reports ({@link ReportLimits#PAGE} a page, from 1), the latest first, without their sections. */
    @Transactional(readOnly = true)
    public HighlightSummary.Page reports(long id, int page, CurrentUser user) {
        scope.requireRead(id, user);
        long total = reports.countByPartnershipId(id);
        int pages = (int) Math.max(1, (total + ReportLimits.PAGE - 1) / ReportLimits.PAGE);
        int shown = Math.min(Math.max(page, 1), pages);
        var list = support.jdbc()
                .sql("""
                        select id, number, period_from, period_to, status, rag from report_highlight
                         where partnership_id = ? order by number desc offset ? rows fetch next ? rows only
                        """)
                .params(id, (shown - 1) * ReportLimits.PAGE, ReportLimits.PAGE)
                .query((rs, n) -> new HighlightSummary(
                        rs.getLong("id"),
                        "HR-" + rs.getLong("number"),
                        rs.getDate("period_from").toLocalDate(),
                        rs.getDate("period_to").toLocalDate(),
                        ReportStatus.valueOf(rs.getString("status")),
                        rs.getString("rag") == null ? null : ReportRag.valueOf(rs.getString("rag"))))
                .list();
        return new HighlightSummary.Page(list, shown, pages, total);
    }

    /** @throws NotFoundException when the report is not this partnership's */
    @Transactional(readOnly = true)
    public HighlightView report(long id, long reportId, CurrentUser user) {
        return views.view(scope.requireRead(id, user), find(id, reportId));
    }

    /** True when the viewer may start and write reports. */
    @Transactional(readOnly = true)
    public boolean mayWrite(long id, CurrentUser user) {
        return scope.requireRead(id, user).mayEdit(Editors.REPORTS);
    }

    /** The period a new report covers unless told otherwise: from the day after the last report's to today. */
    @Transactional(readOnly = true)
    public Period nextPeriod(long id, CurrentUser user) {
        var access = scope.requireRead(id, user);
        var today = support.today();
        var from = reports.lastPeriodEnd(id)
                .map(d -> d.plusDays(1))
                .orElse(ReportWords.day(access.partnership().createdAt()));
        // A report that already reaches today leaves nothing new: the default then overlaps it and is refused as such.
        return new Period(from.isAfter(today) ? today : from, today);
    }

    /** A report's period, both days included. */
    public record Period(LocalDate from, LocalDate to) {}

    /** Starts a draft for the period with its facts generated now; refused past {@link ReportLimits#REPORTS}. */
    @Transactional
    public HighlightView start(long id, Period period, CurrentUser user) {
        var access = scope.requireEdit(id, user, Editors.REPORTS);
        // One report started at a time per partnership, so that two at once get different numbers.
        support.lock(id);
        ReportLimits.REPORTS.check("", (int) reports.countByPartnershipId(id) + 1);
        var today = support.today();
        var lastEnd = reports.lastPeriodEnd(id);
        if (period.from() != null && lastEnd.isPresent() && !period.from().isAfter(lastEnd.get())) {
            throw InvalidInputException.of(
                    "from", "report.start.overlaps", ReportWords.SCOTLAND_DATE.format(lastEnd.get()));
        }
        new InvalidInputException.Collector()
                .rejectIf(period.from() == null, "from", "report.start.fromMissing")
                .rejectIf(period.to() == null, "to", "report.start.toMissing")
                .rejectIf(
                        period.from() != null
                                && period.to() != null
                                && period.to().isBefore(period.from()),
                        "to",
                        "report.start.toBeforeFrom")
                .rejectIf(period.to() != null && period.to().isAfter(today), "to", "report.start.toFuture")
                .throwIfAny();
        var facts = support.generate(id, period.from(), period.to(), user);
        var r = reports.save(HighlightReport.start(
                id,
                reports.nextNumber(id),
                period.from(),
                period.to(),
                facts,
                user.personId(),
                support.clock().instant()));
        record(
                r,
                id,
                "report.audit.started",
                Changes.create()
                        .field("report.audit.from", null, r.periodFrom())
                        .field("report.audit.to", null, r.periodTo()));
        return views.view(access, r);
    }

    /** Generates a draft's facts again, as things stand now, keeping its commentary. */
    @Transactional
    public HighlightView regenerate(long id, long reportId, Integer seenVersion, CurrentUser user) {
        var access = scope.requireEdit(id, user, Editors.REPORTS);
        var r = find(id, reportId);
        // A submitted report says so whatever version the change was based on.
        r.refuseUnlessDraft();
        ConcurrentChangeException.check("report", seenVersion, r.version());
        r.regenerate(
                support.generate(id, r.periodFrom(), r.periodTo(), user),
                support.clock().instant());
        var before = r.generatedAt();
        var saved = reports.save(r);
        record(
                saved,
                id,
                "report.audit.regenerated",
                Changes.create().field("report.audit.generatedAt", before, saved.generatedAt()));
        return views.view(access, saved);
    }

    /** Writes a draft's commentary and status. */
    @Transactional
    public HighlightView write(long id, long reportId, Integer seenVersion, ReportDetails details, CurrentUser user) {
        var access = scope.requireEdit(id, user, Editors.REPORTS);
        var r = find(id, reportId);
        // A submitted report says so whatever version the change was based on.
        r.refuseUnlessDraft();
        ConcurrentChangeException.check("report", seenVersion, r.version());
        var collector = new InvalidInputException.Collector();
        if (details.commentary() != null) {
            details.commentary()
                    .forEach((section, text) -> collector.rejectIf(
                            text != null && text.strip().length() > ReportLimits.COMMENTARY,
                            section.name().toLowerCase(java.util.Locale.ROOT),
                            "report.write.commentaryTooLong",
                            ReportLimits.COMMENTARY));
        }
        collector.throwIfAny();
        var saved = write(id, r, details);
        return views.view(access, saved);
    }

    /** Writes the commentary and status of a draft, its history saying each section's words before and after. */
    private HighlightReport write(long id, HighlightReport r, ReportDetails details) {
        var before = r.rag();
        var was = new java.util.EnumMap<ReportSection, String>(ReportSection.class);
        r.sections().forEach(s -> was.put(s.section(), s.commentary()));
        r.write(details.commentary() == null ? java.util.Map.of() : details.commentary(), details.rag());
        var saved = reports.save(r);
        var changes = Changes.create().field("report.audit.rag", before, saved.rag());
        saved.sections().forEach(s -> {
            if (!java.util.Objects.equals(was.get(s.section()), s.commentary())) {
                changes.field(s.section().labelKey(), was.get(s.section()), s.commentary());
            }
        });
        record(saved, id, "report.audit.written", changes);
        return saved;
    }

    /** Submits a draft to the board: it is locked from now on, and the board is told. */
    @Transactional
    public HighlightView submit(long id, long reportId, Integer seenVersion, CurrentUser user) {
        return submit(id, reportId, seenVersion, null, user);
    }

    /**
     * Writes a draft's commentary and status ({@code details}, unless null) and submits it, in one step: what the Project
     * Manager last typed is what the board gets.
     */
    @Transactional
    public HighlightView submit(long id, long reportId, Integer seenVersion, ReportDetails details, CurrentUser user) {
        var access = scope.requireEdit(id, user, Editors.REPORTS);
        var r = find(id, reportId);
        // A submitted report says so whatever version the change was based on.
        r.refuseUnlessDraft();
        ConcurrentChangeException.check("report", seenVersion, r.version());
        if (details != null) {
            r = write(id, r, details);
        }
        var at = support.clock().instant();
        r.submit(user.personId(), at);
        var saved = reports.save(r);
        record(
                saved,
                id,
                "report.audit.submitted",
                Changes.create()
                        .field(
                                "report.audit.status",
                                ReportStatus.DRAFT.labelKey(),
                                saved.status().labelKey()));
        support.events().publishEvent(new HighlightSubmitted(id, saved.id(), saved.reference(), user.personId(), at));
        return views.view(access, saved);
    }

    /** Records that the signed-in board member has read the submitted report, with an optional comment. */
    @Transactional
    public HighlightView note(long id, long reportId, Integer seenVersion, String comment, CurrentUser user) {
        var access = scope.requireBoardApproval(id, user);
        var seat = access.seat();
        var r = find(id, reportId);
        ConcurrentChangeException.check("report", seenVersion, r.version());
        if (comment != null && comment.strip().length() > ReportLimits.COMMENT) {
            throw InvalidInputException.of("comment", "report.note.commentTooLong", ReportLimits.COMMENT);
        }
        r.note(
                user.personId(),
                seat.organisationId(),
                seat.sector(),
                comment,
                support.clock().instant());
        var saved = reports.save(r);
        record(
                saved,
                id,
                "report.audit.noted",
                Changes.create()
                        .field("report.audit.notedBy", null, user.fullName())
                        .field(
                                "report.audit.comment",
                                null,
                                comment == null || comment.isBlank() ? null : comment.strip()));
        return views.view(access, saved);
    }

    private HighlightReport find(long id, long reportId) {
        return reports.findByIdAndPartnershipId(reportId, id).orElseThrow(() -> new NotFoundException("Report"));
    }

    private void record(HighlightReport r, long id, String action, Changes changes) {
        support.audit().record(SUBJECT, r.id(), id, action, changes.note(r.reference()));
    }

    /** The viewer's access, for the downloads. */
    Access read(long id, CurrentUser user) {
        return scope.requireRead(id, user);
    }
}
