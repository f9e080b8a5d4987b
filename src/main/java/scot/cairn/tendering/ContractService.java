package scot.cairn.tendering;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.directory.OrganisationService;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.Access;
import scot.cairn.partnership.Editors;
import scot.cairn.partnership.PartnershipScope;
import scot.cairn.platform.Changes;
import scot.cairn.platform.ConcurrentChangeException;
import scot.cairn.platform.Dates;
import scot.cairn.platform.ForbiddenException;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.Limit;
import scot.cairn.platform.NotFoundException;

/**
 * The standstill and the contract. When the board approves an award, the contract record is made from it: the
 * supplier, the price of its bid, the contract's dates from the tender and the expected procurement, the version of
 * the specification, the community benefit requirements as the supplier's commitments and the specification's outcomes
 * as its key performance indicators. Officers who read the bids correct the record, record the challenges brought
 * against the award and resolve them, and conclude the contract once the standstill has ended with no challenge open;
 * concluded, it never changes. The Tender to Delivery gate needs a concluded contract ({@link ContractGate}).
 */
@Service
public class ContractService {

    /** A contract's commitments and its key performance indicators: lines each, and characters in all. */
    static final Limit LINES = new Limit(30, "tendering.limit.contractLines");

    static final int TEXT = 4000;

    /** Challenges to one award. */
    static final Limit CHALLENGES = new Limit(50, "tendering.limit.challenges");

    static final int CHALLENGER = 200;
    static final int GROUNDS = 2000;

    private final TenderRepository tenders;
    private final PartnershipScope scope;
    private final OpeningService opening;
    private final OrganisationService organisations;
    private final OpenContracting openContracting;
    private final SpecificationStores stores;
    private final TenderingSupport support;

    ContractService(
            TenderRepository tenders,
            PartnershipScope scope,
            OpeningService opening,
            OrganisationService organisations,
            OpenContracting openContracting,
            SpecificationStores stores,
            TenderingSupport support) {
        this.tenders = tenders;
        this.scope = scope;
        this.opening = opening;
        this.organisations = organisations;
        this.openContracting = openContracting;
        this.stores = stores;
        this.support = support;
    }

    /** The non-blank lines of a text, stripped. */
    static List<String> lines(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split("\\R"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    /** The standstill and contract of each approved award, for the partnership's members. */
    @Transactional(readOnly = true)
    public ContractsView contracts(long id, long tenderId, CurrentUser user) {
        var access = scope.requireRead(id, user);
        var t = find(id, tenderId);
        boolean officer = officer(access, t);
        var today = today();
        var standstills = new ArrayList<ContractsView.Standstill>();
        for (var a : approvedAwards(t.id())) {
            var challenges = challenges(a.id());
            var contract = contractOf(a.id());
            standstills.add(new ContractsView.Standstill(
                    a.id(),
                    a.lot(),
                    contract.supplier(),
                    a.standstillEnd(),
                    today.isAfter(a.standstillEnd()),
                    officer
                            ? (int) challenges.stream()
                                    .filter(c -> c.status() == ChallengeStatus.OPEN)
                                    .count()
                            : 0,
                    officer ? challenges : List.of(),
                    contract));
        }
        return new ContractsView(officer, standstills);
    }

    /** Records a challenge brought against an approved award whose contract is not yet concluded. */
    @Transactional
    public ContractsView.Challenge challenge(long id, long tenderId, ChallengeDetails d, CurrentUser user) {
        var t = forOfficer(id, tenderId, user);
        var award = d.awardId() == null
                ? null
                : approvedAwards(t.id()).stream()
                        .filter(a -> a.id() == d.awardId())
                        .findFirst()
                        .orElse(null);
        var errors = new InvalidInputException.Collector()
                .rejectIf(award == null, "awardId", "tendering.challenge.awardMissing")
                .rejectIf(
                        d.challenger() == null || d.challenger().isBlank(),
                        "challenger",
                        "tendering.challenge.challengerMissing")
                .rejectIf(
                        d.challenger() != null && d.challenger().strip().length() > CHALLENGER,
                        "challenger",
                        "tendering.challenge.challengerTooLong",
                        CHALLENGER)
                .rejectIf(d.receivedOn() == null, "receivedOn", "tendering.challenge.receivedMissing")
                .rejectIf(
                        d.receivedOn() != null && d.receivedOn().isAfter(today()),
                        "receivedOn",
                        "tendering.challenge.receivedFuture")
                .rejectIf(d.grounds() == null || d.grounds().isBlank(), "grounds", "tendering.challenge.groundsMissing")
                .rejectIf(
                        d.grounds() != null && d.grounds().strip().length() > GROUNDS,
                        "grounds",
                        "tendering.challenge.groundsTooLong",
                        GROUNDS);
        if (award != null) {
            var approvedOn = award.standstillEnd().minusDays(Tender.STANDSTILL_DAYS);
            errors.rejectIf(
                    d.receivedOn() != null && d.receivedOn().isBefore(approvedOn),
                    "receivedOn",
                    "tendering.challenge.receivedBeforeAward",
                    Dates.day(approvedOn));
            errors.rejectIf(
                    contractOf(award.id()).status() == ContractStatus.CONCLUDED,
                    "awardId",
                    "tendering.challenge.concluded");
        }
        errors.throwIfAny();
        CHALLENGES.check("awardId", challenges(award.id()).size() + 1);
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        support.jdbc()
                .sql("""
                        insert into tendering_challenge (version, tender_id, award_id, challenger, received_on, grounds,
                                                         status, recorded_at, recorded_by)
                        values (0, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        t.id(),
                        award.id(),
                        d.challenger().strip(),
                        d.receivedOn(),
                        d.grounds().strip(),
                        ChallengeStatus.OPEN.name(),
                        Timestamp.from(support.clock().instant()),
                        user.personId())
                .update(keys, "id");
        long challengeId = keys.getKeyAs(Number.class).longValue();
        record(
                t,
                "tendering.audit.challengeRecorded",
                Changes.create()
                        .note(subject(t, award.lot()) + ": " + d.challenger().strip())
                        .field("tendering.challenge.receivedOn", null, d.receivedOn())
                        .field("tendering.challenge.grounds", null, d.grounds().strip()));
        return challenges(award.id()).stream()
                .filter(c -> c.id() == challengeId)
                .findFirst()
                .orElseThrow();
    }

    /** Resolves an open challenge, as read at {@code seenVersion}, saying how. */
    @Transactional
    public ContractsView.Challenge resolve(
            long id, long tenderId, long challengeId, Integer seenVersion, String resolution, CurrentUser user) {
        var t = forOfficer(id, tenderId, user);
        var c = support.jdbc()
                .sql("select award_id, version, status from tendering_challenge where id = ? and tender_id = ?")
                .params(challengeId, t.id())
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getInt(2), rs.getString(3)})
                .optional()
                .orElseThrow(() -> new NotFoundException("Challenge"));
        ConcurrentChangeException.check("challenge", seenVersion, (Integer) c[1]);
        new InvalidInputException.Collector()
                .rejectIf(!ChallengeStatus.OPEN.name().equals(c[2]), "resolution", "tendering.challenge.resolved")
                .rejectIf(
                        resolution == null || resolution.isBlank(),
                        "resolution",
                        "tendering.challenge.resolutionMissing")
                .rejectIf(
                        resolution != null && resolution.strip().length() > GROUNDS,
                        "resolution",
                        "tendering.challenge.resolutionTooLong",
                        GROUNDS)
                .throwIfAny();
        int changed = support.jdbc()
                .sql("""
                        update tendering_challenge set status = ?, resolution = ?, resolved_at = ?, resolved_by = ?,
                               version = version + 1
                         where id = ? and version = ?
                        """)
                .params(
                        ChallengeStatus.RESOLVED.name(),
                        resolution.strip(),
                        Timestamp.from(support.clock().instant()),
                        user.personId(),
                        challengeId,
                        c[1])
                .update();
        if (changed == 0) {
            throw new ConcurrentChangeException("challenge");
        }
        record(
                t,
                "tendering.audit.challengeResolved",
                Changes.create().field("tendering.challenge.resolution", null, resolution.strip()));
        return challenges((Long) c[0]).stream()
                .filter(x -> x.id() == challengeId)
                .findFirst()
                .orElseThrow();
    }

    /** Corrects a contract record that is not concluded, as read at {@code seenVersion}. */
    @Transactional
    public ContractsView.Contract update(
            long id, long tenderId, long contractId, Integer seenVersion, ContractDetails d, CurrentUser user) {
        var t = forOfficer(id, tenderId, user);
        var c = contract(t, contractId);
        ConcurrentChangeException.check("contract", seenVersion, c.version());
        var errors = new InvalidInputException.Collector()
                .rejectIf(c.status() == ContractStatus.CONCLUDED, "", "tendering.contract.concluded")
                .rejectIf(d.scale() == null, "scale", "tendering.contract.scaleMissing")
                .rejectIf(d.value() == null, "value", "tendering.contract.valueMissing")
                .rejectIf(
                        d.value() != null
                                && (d.value().signum() <= 0 || d.value().compareTo(Tender.MAX_VALUE) > 0),
                        "value",
                        "tendering.contract.valueRange")
                .rejectIf(d.startDate() == null, "startDate", "tendering.contract.startMissing")
                .rejectIf(d.endDate() == null, "endDate", "tendering.contract.endMissing")
                .rejectIf(
                        d.startDate() != null
                                && d.endDate() != null
                                && !d.endDate().isAfter(d.startDate()),
                        "endDate",
                        "tendering.contract.endBeforeStart");
        checkLines(errors, "commitments", d.commitments(), false);
        checkLines(errors, "kpis", d.kpis(), true);
        errors.throwIfAny();
        var commitments = String.join("\n", lines(d.commitments()));
        var kpis = String.join("\n", lines(d.kpis()));
        int changed = support.jdbc()
                .sql("""
                        update tendering_contract set supplier_scale = ?, amount = ?, start_date = ?, end_date = ?,
                               commitments = ?, kpis = ?, version = version + 1
                         where id = ? and version = ? and status = ?
                        """)
                .params(
                        d.scale().name(),
                        d.value(),
                        d.startDate(),
                        d.endDate(),
                        commitments,
                        kpis,
                        c.id(),
                        c.version(),
                        ContractStatus.DRAFT.name())
                .update();
        if (changed == 0) {
            throw new ConcurrentChangeException("contract");
        }
        var changes = Changes.create().note(subject(t, c.lot()) + ": " + c.supplier());
        if (c.scale() != d.scale()) {
            changes.field("tendering.contract.scale", c.scale(), d.scale());
        }
        if (c.value().compareTo(d.value()) != 0) {
            changes.field("tendering.contract.value", c.value(), d.value());
        }
        if (!d.startDate().equals(c.startDate())) {
            changes.field("tendering.contract.startDate", c.startDate(), d.startDate());
        }
        if (!d.endDate().equals(c.endDate())) {
            changes.field("tendering.contract.endDate", c.endDate(), d.endDate());
        }
        if (!commitments.equals(c.commitments())) {
            changes.field("tendering.contract.commitments", c.commitments(), commitments);
        }
        if (!kpis.equals(c.kpis())) {
            changes.field("tendering.contract.kpis", c.kpis(), kpis);
        }
        record(t, "tendering.audit.contractChanged", changes);
        return contract(t, contractId);
    }

    /**
     * Concludes a contract as read at {@code seenVersion}: refused before the standstill has ended, while a challenge
     * is open, and without an end date. Publishes the OCDS {@code contract} release in the same transaction.
     */
    @Transactional
    public ContractsView.Contract conclude(
            long id, long tenderId, long contractId, Integer seenVersion, CurrentUser user) {
        var t = forOfficer(id, tenderId, user);
        var c = contract(t, contractId);
        ConcurrentChangeException.check("contract", seenVersion, c.version());
        var award = approvedAwards(t.id()).stream()
                .filter(a -> a.lot() == c.lot())
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Award"));
        var open = challenges(award.id()).stream()
                .filter(x -> x.status() == ChallengeStatus.OPEN)
                .count();
        new InvalidInputException.Collector()
                .rejectIf(c.status() == ContractStatus.CONCLUDED, "contract", "tendering.contract.concluded")
                .rejectIf(
                        !today().isAfter(award.standstillEnd()),
                        "contract",
                        "tendering.contract.standstill",
                        Dates.day(award.standstillEnd()),
                        Dates.day(award.standstillEnd().plusDays(1)))
                .rejectIf(open > 0, "contract", "tendering.contract.challengeOpen", open)
                .rejectIf(c.endDate() == null, "contract", "tendering.contract.endMissing")
                .rejectIf(c.scale() == null, "contract", "tendering.contract.scaleMissing")
                .throwIfAny();
        var now = support.clock().instant();
        int changed = support.jdbc()
                .sql("""
                        update tendering_contract set status = ?, concluded_at = ?, concluded_by = ?,
                               version = version + 1
                         where id = ? and version = ? and status = ?
                        """)
                .params(
                        ContractStatus.CONCLUDED.name(),
                        Timestamp.from(now),
                        user.personId(),
                        c.id(),
                        c.version(),
                        ContractStatus.DRAFT.name())
                .update();
        if (changed == 0) {
            throw new ConcurrentChangeException("contract");
        }
        var concluded = contract(t, contractId);
        openContracting.publishContract(t, award.id(), supplierOf(c.id()), concluded, now);
        record(
                t,
                "tendering.audit.contractConcluded",
                Changes.create()
                        .note(subject(t, c.lot()) + ": " + c.supplier())
                        .field("tendering.contract.value", null, c.value())
                        .field("tendering.contract.startDate", null, c.startDate())
                        .field("tendering.contract.endDate", null, c.endDate()));
        return concluded;
    }

    /** Whether the partnership has a concluded contract, for the Tender to Delivery gate. */
    boolean anyConcluded(long partnershipId) {
        return support.jdbc()
                        .sql("select count(*) from tendering_contract where partnership_id = ? and status = ?")
                        .params(partnershipId, ContractStatus.CONCLUDED.name())
                        .query(Long.class)
                        .single()
                > 0;
    }

    /**
     * Makes the contract record of an award the board has just approved, and publishes the OCDS {@code award}
     * release. Called in the approving transaction.
     */
    void awarded(long awardId, Instant at) {
        var a = support.jdbc()
                .sql("""
                        select a.tender_id, a.lot, a.bid_id, a.price, b.organisation_id
                          from tendering_award a join tendering_bid b on b.id = a.bid_id where a.id = ?
                        """)
                .param(awardId)
                .query((rs, n) ->
                        new Object[] {rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getBigDecimal(4), rs.getLong(5)})
                .single();
        var t = tenders.findById((Long) a[0]).orElseThrow();
        long supplierId = (Long) a[4];
        var supplier = organisations.getAll(List.of(supplierId)).get(supplierId);
        var d = t.details();
        var months = stores.procurements()
                .findByPartnershipId(t.partnershipId())
                .map(p -> p.details().contractMonths())
                .orElse(null);
        var value = a[3] == null ? d.estimatedValue() : (BigDecimal) a[3];
        var commitments = fit(stores.benefits().findByPartnershipIdOrderByNumber(t.partnershipId()).stream()
                .map(b -> "CB-" + b.number() + ": " + oneLine(b.details().description()) + " ("
                        + oneLine(b.details().measure()) + ": "
                        + oneLine(b.details().target()) + ")")
                .toList());
        var kpis = fit(stores.jdbc()
                .sql("select number, text from tendering_requirement where partnership_id = ? and section = ?"
                        + " order by number")
                .params(t.partnershipId(), SpecSection.OUTCOMES.name())
                .query((rs, n) -> "SR-" + rs.getInt(1) + ": " + oneLine(rs.getString(2)))
                .list());
        support.jdbc()
                .sql("""
                        insert into tendering_contract (version, tender_id, partnership_id, award_id, lot, supplier_id,
                                                        supplier, amount, start_date, end_date, spec_version,
                                                        commitments, kpis, status, created_at)
                        values (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        t.id(),
                        t.partnershipId(),
                        awardId,
                        a[1],
                        supplierId,
                        supplier == null ? "" : supplier.name(),
                        value,
                        d.contractStart(),
                        months == null
                                ? null
                                : d.contractStart().plusMonths(months).minusDays(1),
                        t.specVersion(),
                        commitments,
                        kpis,
                        ContractStatus.DRAFT.name(),
                        Timestamp.from(at))
                .update();
        openContracting.publishAward(t, awardId, supplierId, contractOf(awardId), at);
    }

    private long supplierOf(long contractId) {
        return support.jdbc()
                .sql("select supplier_id from tendering_contract where id = ?")
                .param(contractId)
                .query(Long.class)
                .single();
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }

    /** As many whole lines as the record holds. */
    private static String fit(List<String> lines) {
        var out = new StringBuilder();
        int n = 0;
        for (var line : lines) {
            var l = line.length() > 500 ? line.substring(0, 499) + "…" : line;
            if (n == LINES.max() || out.length() + l.length() + 1 > TEXT) {
                break;
            }
            out.append(n++ == 0 ? "" : "\n").append(l);
        }
        return out.toString();
    }

    private static void checkLines(
            InvalidInputException.Collector errors, String field, String text, boolean required) {
        var lines = lines(text);
        errors.rejectIf(required && lines.isEmpty(), field, "tendering.contract." + field + "Missing")
                .rejectIf(lines.size() > LINES.max(), field, LINES.message(lines.size()))
                .rejectIf(String.join("\n", lines).length() > TEXT, field, "tendering.contract.textTooLong", TEXT);
    }

    /** An approved award: its lot, bid and standstill. */
    record Approved(long id, int lot, long bidId, LocalDate standstillEnd) {}

    List<Approved> approvedAwards(long tenderId) {
        return support.jdbc()
                .sql("""
                        select id, lot, bid_id, standstill_end from tendering_award
                         where tender_id = ? and status = ? order by lot, id
                        """)
                .params(tenderId, AwardStatus.APPROVED.name())
                .query((rs, n) -> new Approved(
                        rs.getLong(1),
                        rs.getInt(2),
                        rs.getLong(3),
                        rs.getDate(4).toLocalDate()))
                .list();
    }

    private List<ContractsView.Challenge> challenges(long awardId) {
        return support.jdbc()
                .sql("""
                        select id, version, challenger, received_on, grounds, status, resolution, resolved_at
                          from tendering_challenge where award_id = ? order by id
                        """)
                .param(awardId)
                .query((rs, n) -> new ContractsView.Challenge(
                        rs.getLong(1),
                        rs.getInt(2),
                        rs.getString(3),
                        rs.getDate(4).toLocalDate(),
                        rs.getString(5),
                        ChallengeStatus.valueOf(rs.getString(6)),
                        rs.getString(7),
                        rs.getTimestamp(8) == null
                                ? null
                                : rs.getTimestamp(8).toInstant().atZone(DeclarationService.SCOTLAND)))
                .list();
    }

    private static final String CONTRACT = """
            select id, version, lot, supplier, supplier_scale, amount, start_date, end_date, spec_version, commitments,
                   kpis, status, concluded_at
              from tendering_contract
            """;

    private ContractsView.Contract contractOf(long awardId) {
        return support.jdbc()
                .sql(CONTRACT + " where award_id = ?")
                .param(awardId)
                .query(ContractService::contractRow)
                .single();
    }

    private ContractsView.Contract contract(Tender t, long contractId) {
        return support.jdbc()
                .sql(CONTRACT + " where id = ? and tender_id = ?")
                .params(contractId, t.id())
                .query(ContractService::contractRow)
                .optional()
                .orElseThrow(() -> new NotFoundException("Contract"));
    }

    private static ContractsView.Contract contractRow(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new ContractsView.Contract(
                rs.getLong(1),
                rs.getInt(2),
                rs.getInt(3),
                rs.getString(4),
                rs.getString(5) == null ? null : SupplierScale.valueOf(rs.getString(5)),
                rs.getBigDecimal(6),
                rs.getDate(7).toLocalDate(),
                rs.getDate(8) == null ? null : rs.getDate(8).toLocalDate(),
                rs.getInt(9),
                rs.getString(10),
                rs.getString(11),
                ContractStatus.valueOf(rs.getString(12)),
                rs.getTimestamp(13) == null
                        ? null
                        : rs.getTimestamp(13).toInstant().atZone(DeclarationService.SCOTLAND));
    }

    private boolean officer(Access access, Tender t) {
        return access.among(Editors.PROCUREMENT) && opening.impartialOfficer(access, t);
    }

    /**
     * The tender for an officer's change, its row locked until the transaction ends: challenges, corrections,
     * resolutions and the conclusion then happen one after another, so a contract is never concluded beside a challenge
     * recorded at the same moment.
     */
    private Tender forOfficer(long id, long tenderId, CurrentUser user) {
        var access = scope.requireEdit(id, user, Editors.PROCUREMENT);
        support.lockTender(tenderId);
        var t = find(id, tenderId);
        if (!opening.impartialOfficer(access, t)) {
            throw new ForbiddenException("tendering.bids.bidderOrganisation");
        }
        return t;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(support.clock().instant(), DeclarationService.SCOTLAND);
    }

    private static String subject(Tender t, int lot) {
        return lot == 0 ? "T-" + t.number() : "T-" + t.number() + "/" + lot;
    }

    private Tender find(long id, long tenderId) {
        var t = tenders.findByIdAndPartnershipId(tenderId, id).orElseThrow(() -> new NotFoundException("Tender"));
        if (t.status() != TenderStatus.PUBLISHED) {
            throw new NotFoundException("Tender");
        }
        return t;
    }

    private void record(Tender t, String action, Changes changes) {
        support.audit().record(TenderService.SUBJECT, t.id(), t.partnershipId(), action, changes);
    }
}
