package scot.cairn.sroi;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import scot.cairn.directory.Sector;
import scot.cairn.partnership.JointApproval;
import scot.cairn.platform.InvalidInputException;

/**
 * An SROI analysis of one partnership: settings, inputs, an impact map, approvals and the headline figures of its
 * last calculation. Invariants: inputs and rows are valid (checked by {@link SroiRules} before they get here); once
 * approved nothing changes; any change to a draft withdraws the approvals given so far.
 */
@Table("sroi_analysis")
class SroiAnalysis {

    static final String LOCKED = "sroi.analysis.locked";

    @Id
    private Long id;

    @Version
    private Integer version;

    private final long partnershipId;
    private String title;
    private AnalysisType kind;
    private LocalDate periodFrom;
    private LocalDate periodTo;
    private BigDecimal discountRate;
    private boolean discountFirstYear;
    private DeductionMethod deductions;
    private DropOffMethod dropOffMethod;
    private AnalysisStatus status;
    private Instant approvedAt;
    private final Instant createdAt;
    private Instant calculatedAt;
    private BigDecimal presentValue;
    private BigDecimal investment;
    private BigDecimal netPresentValue;
    private BigDecimal ratio;
    private String measurementFingerprint;

    @MappedCollection(idColumn = "analysis_id", keyColumn = "row_index")
    private List<SroiInput> inputs;

    @MappedCollection(idColumn = "analysis_id", keyColumn = "row_index")
    private List<SroiImpactRow> rows;

    @MappedCollection(idColumn = "analysis_id")
    private Set<SroiApproval> approvals;

    @PersistenceCreator
    SroiAnalysis(
            Long id,
            Integer version,
            long partnershipId,
            Instant createdAt,
            List<SroiInput> inputs,
            List<SroiImpactRow> rows,
            Set<SroiApproval> approvals) {
        this.id = id;
        this.version = version;
        this.partnershipId = partnershipId;
        this.createdAt = createdAt;
        this.inputs = new ArrayList<>(inputs);
        this.rows = new ArrayList<>(rows);
        this.approvals = new HashSet<>(approvals);
    }

    static SroiAnalysis start(long partnershipId, AnalysisDetails details, Instant now) {
        var a = new SroiAnalysis(null, null, partnershipId, now, List.of(), List.of(), Set.of());
        a.status = AnalysisStatus.DRAFT;
        a.describe(details);
        return a;
    }

    /** A new draft with this one's details, settings, inputs and rows. */
    SroiAnalysis copy(String newTitle, Instant now) {
        var a = new SroiAnalysis(null, null, partnershipId, now, inputs, rows, Set.of());
        a.status = AnalysisStatus.DRAFT;
        a.describe(new AnalysisDetails(
                newTitle, kind, periodFrom, periodTo, discountRate, discountFirstYear, deductions, dropOffMethod));
        return a;
    }

    void describe(AnalysisDetails d) {
        change();
        title = d.title().strip();
        kind = d.kind();
        periodFrom = d.periodFrom();
        periodTo = d.periodTo();
        discountRate = d.discountRate();
        discountFirstYear = d.discountFirstYear();
        deductions = d.deductions();
        dropOffMethod = d.dropOff();
    }

    /** Refuses more inputs than the limit, unless there are fewer than before (an older analysis may be over it). */
    void replaceInputs(List<SroiInput> changed) {
        if (changed.size() > inputs.size()) {
            SroiRules.INPUTS.check("inputs", changed.size());
        }
        change();
        inputs = new ArrayList<>(changed);
    }

    /** Refuses more rows than the limit, unless there are fewer than before (an older map may be over it). */
    void replaceRows(List<SroiImpactRow> changed) {
        if (changed.size() > rows.size()) {
            SroiRules.ROWS.check("rows", changed.size());
        }
        change();
        rows = new ArrayList<>(changed);
    }

    /** Stores the figures of a calculation; allowed on drafts only, as the figures of an approved one are a record. */
    void calculated(SroiResult result, String fingerprint, Instant now) {
        checkDraft();
        presentValue = result.presentValue();
        investment = result.investment();
        netPresentValue = result.netPresentValue();
        ratio = result.ratio().orElse(null);
        measurementFingerprint = fingerprint;
        calculatedAt = now;
    }

    /**
     * Records a board member's approval; the analysis is approved once members from both a public-sector and a
     * third-sector organisation have approved.
     */
    void approve(long personId, Long organisationId, Sector sector, Instant now) {
        checkDraft();
        if (approvals.stream().anyMatch(x -> x.personId() == personId)) {
            throw InvalidInputException.of("", "sroi.analysis.alreadyApproved");
        }
        approvals.add(new SroiApproval(personId, organisationId, sector, now));
        if (JointApproval.of(approvals.stream().map(SroiApproval::sector).toList())
                .met()) {
            status = AnalysisStatus.APPROVED;
            approvedAt = now;
        }
    }

    boolean approvedBy(Sector sector) {
        return approvals.stream().anyMatch(x -> x.sector() == sector);
    }

    private void change() {
        checkDraft();
        approvals.clear();
    }

    void checkDraft() {
        if (status == AnalysisStatus.APPROVED) {
            throw InvalidInputException.of("", LOCKED);
        }
    }

    Settings settings() {
        return new Settings(SroiViews.normal(discountRate), discountFirstYear, deductions, dropOffMethod);
    }

    Long id() {
        return id;
    }

    Integer version() {
        return version;
    }

    long partnershipId() {
        return partnershipId;
    }

    String title() {
        return title;
    }

    AnalysisType kind() {
        return kind;
    }

    LocalDate periodFrom() {
        return periodFrom;
    }

    LocalDate periodTo() {
        return periodTo;
    }

    AnalysisStatus status() {
        return status;
    }

    Instant approvedAt() {
        return approvedAt;
    }

    Instant calculatedAt() {
        return calculatedAt;
    }

    BigDecimal presentValue() {
        return presentValue;
    }

    BigDecimal investment() {
        return investment;
    }

    BigDecimal netPresentValue() {
        return netPresentValue;
    }

    BigDecimal ratio() {
        return ratio;
    }

    String measurementFingerprint() {
        return measurementFingerprint;
    }

    List<SroiInput> inputs() {
        return List.copyOf(inputs);
    }

    List<SroiImpactRow> rows() {
        return List.copyOf(rows);
    }

    List<SroiApproval> approvals() {
        return approvals.stream()
                .sorted(java.util.Comparator.comparing(SroiApproval::approvedAt))
                .toList();
    }

    List<Investment> investments() {
        return inputs.stream().map(SroiInput::investment).toList();
    }

    List<ImpactRow> impactRows() {
        return rows.stream().map(SroiImpactRow::impactRow).toList();
    }
}
