package scot.cairn.tendering;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.EnumSet;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.Access;
import scot.cairn.partnership.Editors;
import scot.cairn.partnership.PartnershipScope;
import scot.cairn.partnership.PartnershipSummary;
import scot.cairn.partnership.Stage;
import scot.cairn.platform.Changes;
import scot.cairn.platform.ConcurrentChangeException;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.Limit;

/**
 * The procurement each partnership expects, recorded by the Procurement Representative or a manager ({@link
 * Editors#PROCUREMENT}) once the partnership reaches Pilot, read by every member, and listed across every partnership
 * a person reads for the next two financial years (what the authority's annual procurement report needs).
 */
@Service
public class ProcurementService {

    static final String SUBJECT = "tendering-procurement";
    static final Limit PIPELINE = new Limit(1000, "tendering.limit.pipeline");
    /**
     * The stages in which the expected procurement may be recorded: from Design, so that the annual procurement plan
     * sees a tender a year or two ahead; from Pilot on it is expected, and waits on the Procurement Representative's
     * to-do list until recorded ({@link ProcurementWork}).
     */
    static final EnumSet<Stage> RECORDED_FROM = EnumSet.of(Stage.DESIGN, Stage.PILOT, Stage.TENDER, Stage.DELIVERY);

    /** The stages from which the expected procurement is expected. */
    static final EnumSet<Stage> EXPECTED_FROM = EnumSet.of(Stage.PILOT, Stage.TENDER, Stage.DELIVERY);

    private final ProcurementRepository procurements;
    private final PartnershipScope scope;
    private final TenderingSupport support;
    private final OpenContracting openData;

    ProcurementService(
            ProcurementRepository procurements,
            PartnershipScope scope,
            TenderingSupport support,
            OpenContracting openData) {
        this.procurements = procurements;
        this.scope = scope;
        this.support = support;
        this.openData = openData;
    }

    @Transactional(readOnly = true)
    public ProcurementView procurement(long id, CurrentUser user) {
        var access = scope.requireRead(id, user);
        return view(access, procurements.findByPartnershipId(id).orElse(null));
    }

    /** The page for changing the expected procurement: for those who may, from Design on. */
    @Transactional(readOnly = true)
    public ProcurementView editing(long id, CurrentUser user) {
        var access = scope.requireEdit(id, user, Editors.PROCUREMENT);
        if (!RECORDED_FROM.contains(access.partnership().stage())) {
            throw InvalidInputException.of("", "tendering.procurement.beforeDesign");
        }
        return view(access, procurements.findByPartnershipId(id).orElse(null));
    }

    /** Records or changes the expected procurement, as read at {@code seenVersion} (null for the first record). */
    @Transactional
    public ProcurementView record(long id, Integer seenVersion, ProcurementDetails d, CurrentUser user) {
        var access = scope.requireEdit(id, user, Editors.PROCUREMENT);
        if (!RECORDED_FROM.contains(access.partnership().stage())) {
            throw InvalidInputException.of("", "tendering.procurement.beforeDesign");
        }
        var existing = procurements.findByPartnershipId(id);
        Procurement saved;
        if (existing.isPresent()) {
            var p = existing.get();
            ConcurrentChangeException.check("procurement", seenVersion, p.version());
            var before = p.details();
            if (before.equals(normalised(d))) {
                return view(access, p);
            }
            p.change(d, support.clock().instant());
            saved = procurements.save(p);
            support.audit()
                    .record(
                            SUBJECT,
                            saved.id(),
                            id,
                            "tendering.audit.procurementChanged",
                            changes(before, saved.details()));
        } else {
            if (seenVersion != null) {
                throw new ConcurrentChangeException("procurement");
            }
            saved = procurements.save(Procurement.record(id, d, support.clock().instant()));
            support.audit()
                    .record(
                            SUBJECT,
                            saved.id(),
                            id,
                            "tendering.audit.procurementRecorded",
                            changes(null, saved.details()));
        }
        openData.publishPlanning(access.partnership(), saved);
        return view(access, saved);
    }

    /** The details as they would be kept, to tell whether a save changes anything. */
    private static ProcurementDetails normalised(ProcurementDetails d) {
        return new ProcurementDetails(
                d.title() == null ? null : d.title().strip(),
                d.estimatedValue(),
                d.currency() == null ? null : d.currency().strip().toUpperCase(),
                d.cpvCode() == null ? null : d.cpvCode().strip(),
                d.expectedPublication(),
                d.expectedAward(),
                d.contractMonths());
    }

    /**
     * The expected procurements of every open partnership the person reads whose contract notice is due from the
     * start of this financial year to the end of the next, soonest first; refused past {@link #PIPELINE}.
     */
    @Transactional(readOnly = true)
    public List<PipelineRow> pipeline(CurrentUser user) {
        var ids = scope.readable(user).stream().map(PartnershipSummary::id).toArray(Long[]::new);
        if (ids.length == 0) {
            return List.of();
        }
        var from = financialYearStart(LocalDate.now(support.clock().withZone(DeclarationService.SCOTLAND)));
        var rows = support.jdbc()
                .sql("""
                        select p.partnership_id, pp.title as partnership, o.name as lead_partner, p.title, p.estimated_value,
                               p.currency, p.cpv_code, p.expected_publication, p.expected_award, p.contract_months
                          from tendering_procurement p
                          join partnership_partnership pp on pp.id = p.partnership_id
                          left join directory_organisation o on o.id = pp.lead_partner_id
                         where p.partnership_id = any(:ids) and pp.stage <> 'CLOSED'
                           and p.expected_publication >= :from and p.expected_publication < :to
                         order by p.expected_publication, pp.title, p.id
                         limit :most
                        """)
                .param("ids", ids)
                .param("from", from)
                .param("to", from.plusYears(2))
                .param("most", PIPELINE.max() + 1)
                .query((rs, n) -> new PipelineRow(
                        rs.getLong("partnership_id"),
                        rs.getString("partnership"),
                        rs.getString("lead_partner"),
                        rs.getString("title"),
                        rs.getBigDecimal("estimated_value"),
                        rs.getString("currency"),
                        rs.getString("cpv_code"),
                        rs.getDate("expected_publication").toLocalDate(),
                        rs.getDate("expected_award").toLocalDate(),
                        rs.getInt("contract_months"),
                        financialYear(rs.getDate("expected_publication").toLocalDate())))
                .list();
        PIPELINE.check("", rows.size());
        return rows;
    }

    /** The first day of the financial year (1 April) that holds the day. */
    static LocalDate financialYearStart(LocalDate day) {
        var april = MonthDay.of(4, 1).atYear(day.getYear());
        return day.isBefore(april) ? april.minusYears(1) : april;
    }

    /** The financial year that holds the day, as "2026-27". */
    static String financialYear(LocalDate day) {
        int start = financialYearStart(day).getYear();
        return start + "-" + String.format("%02d", (start + 1) % 100);
    }

    private ProcurementView view(Access access, Procurement p) {
        var tender = access.partnership().stages().stream()
                .filter(s -> s.stage() == Stage.TENDER)
                .findFirst();
        var start = tender.map(s -> s.plannedStart()).orElse(null);
        var end = tender.map(s -> s.plannedEnd()).orElse(null);
        Boolean inStep = null;
        if (p != null && start != null && end != null) {
            var d = p.details();
            inStep = !d.expectedPublication().isBefore(start)
                    && !d.expectedAward().isAfter(end);
        }
        return new ProcurementView(
                p == null ? null : p.details(),
                p == null ? null : p.version(),
                p == null ? null : p.updatedAt().atZone(DeclarationService.SCOTLAND),
                start,
                end,
                inStep,
                RECORDED_FROM.contains(access.partnership().stage()),
                EXPECTED_FROM.contains(access.partnership().stage()),
                access.mayEdit(Editors.PROCUREMENT)
                        && RECORDED_FROM.contains(access.partnership().stage()));
    }

    private static Changes changes(ProcurementDetails before, ProcurementDetails after) {
        return Changes.create()
                .field("tendering.procurement.title", before == null ? null : before.title(), after.title())
                .field(
                        "tendering.procurement.estimatedValue",
                        before == null ? null : before.currency() + " " + before.estimatedValue(),
                        after.currency() + " " + after.estimatedValue())
                .field("tendering.procurement.cpvCode", before == null ? null : before.cpvCode(), after.cpvCode())
                .field(
                        "tendering.procurement.expectedPublication",
                        before == null ? null : before.expectedPublication(),
                        after.expectedPublication())
                .field(
                        "tendering.procurement.expectedAward",
                        before == null ? null : before.expectedAward(),
                        after.expectedAward())
                .field(
                        "tendering.procurement.contractMonths",
                        before == null ? null : before.contractMonths(),
                        after.contractMonths());
    }
}
