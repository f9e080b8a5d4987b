package scot.cairn.sroi.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import scot.cairn.identity.CurrentUser;
import scot.cairn.platform.web.VersionSeen;
import scot.cairn.sroi.AnalysisDetails;
import scot.cairn.sroi.AnalysisType;
import scot.cairn.sroi.DeductionMethod;
import scot.cairn.sroi.DropOffMethod;
import scot.cairn.sroi.ImpactMapService;
import scot.cairn.sroi.InputDetails;
import scot.cairn.sroi.RowDetails;
import scot.cairn.sroi.SroiAnalysisView;
import scot.cairn.sroi.SroiService;
import scot.cairn.sroi.SroiSummary;

/**
 * SROI analyses: details and settings, inputs, the impact map, calculation, approval and copies. Inputs and rows are
 * numbered from 1; changes carry the analysis {@code version} the client last read (409 when stale). Bad rows give a
 * 400 problem with {@code errors} such as {@code rows[2].deadweight}.
 */
@RestController
@RequestMapping(path = "/api/v1/partnerships/{id}/sroi-analyses", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "SROI", description = "Social Return on Investment analyses, their impact maps and results")
class SroiApiController {

    private final SroiService sroi;
    private final ImpactMapService map;

    SroiApiController(SroiService sroi, ImpactMapService map) {
        this.sroi = sroi;
        this.map = map;
    }

    @Schema(name = "SroiAnalysisChange")
    record AnalysisChange(
            Integer version,
            String title,
            AnalysisType kind,
            LocalDate periodFrom,
            LocalDate periodTo,
            BigDecimal discountRate,
            Boolean discountFirstYear,
            DeductionMethod deductions,
            DropOffMethod dropOff) {

        AnalysisDetails details() {
            return new AnalysisDetails(
                    title, kind, periodFrom, periodTo, discountRate, discountFirstYear, deductions, dropOff);
        }
    }

    @Schema(name = "SroiInputChange")
    record InputChange(Integer version, InputDetails input) {}

    @Schema(name = "SroiRowChange")
    record RowChange(Integer version, RowDetails row) {}

    @Schema(name = "SroiImpactMap")
    record ImpactMap(Integer version, List<RowDetails> rows) {}

    @GetMapping
    @Operation(summary = "List SROI analyses", description = "Latest period first, with the stored ratio.")
    List<SroiSummary> list(@PathVariable long id, CurrentUser user) {
        return sroi.analyses(id, user);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Start an SROI analysis",
            description = "Settings left out take the SROI Guide's: 3.5% discount rate, year 1 discounted,"
                    + " deductions multiplied, compounding drop-off.")
    SroiAnalysisView create(@PathVariable long id, @RequestBody AnalysisDetails body, CurrentUser user) {
        return sroi.create(id, body, user);
    }

    @GetMapping("/{analysisId}")
    @Operation(summary = "Get an SROI analysis", description = "Settings, inputs, impact map, approvals, last figures.")
    SroiAnalysisView one(@PathVariable long id, @PathVariable long analysisId, CurrentUser user) {
        return sroi.analysis(id, analysisId, user);
    }

    @PutMapping("/{analysisId}")
    @Operation(summary = "Change an analysis's details and settings", description = "All fields are required.")
    SroiAnalysisView update(
            @PathVariable long id, @PathVariable long analysisId, @RequestBody AnalysisChange body, CurrentUser user) {
        return sroi.update(id, analysisId, body.version(), body.details(), user);
    }

    @PostMapping("/{analysisId}/inputs")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add an input")
    SroiAnalysisView addInput(
            @PathVariable long id, @PathVariable long analysisId, @RequestBody InputChange body, CurrentUser user) {
        return map.addInput(id, analysisId, body.version(), body.input(), user);
    }

    @PutMapping("/{analysisId}/inputs/{number}")
    @Operation(summary = "Change an input")
    SroiAnalysisView changeInput(
            @PathVariable long id,
            @PathVariable long analysisId,
            @PathVariable int number,
            @RequestBody InputChange body,
            CurrentUser user) {
        return map.changeInput(id, analysisId, number, body.version(), body.input(), user);
    }

    @DeleteMapping("/{analysisId}/inputs/{number}")
    @Operation(summary = "Remove an input")
    SroiAnalysisView removeInput(
            @PathVariable long id,
            @PathVariable long analysisId,
            @PathVariable int number,
            @RequestParam(required = false) Integer version,
            CurrentUser user) {
        return map.removeInput(id, analysisId, number, version, user);
    }

    @PostMapping("/{analysisId}/rows")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add an impact-map row")
    SroiAnalysisView addRow(
            @PathVariable long id, @PathVariable long analysisId, @RequestBody RowChange body, CurrentUser user) {
        return map.addRow(id, analysisId, body.version(), body.row(), user);
    }

    @PutMapping("/{analysisId}/rows")
    @Operation(
            summary = "Replace the whole impact map",
            description = "Nothing changes when any row is wrong; every problem is reported.")
    SroiAnalysisView replaceRows(
            @PathVariable long id, @PathVariable long analysisId, @RequestBody ImpactMap body, CurrentUser user) {
        return map.replaceRows(id, analysisId, body.version(), body.rows() == null ? List.of() : body.rows(), user);
    }

    @PutMapping("/{analysisId}/rows/{number}")
    @Operation(summary = "Change an impact-map row")
    SroiAnalysisView changeRow(
            @PathVariable long id,
            @PathVariable long analysisId,
            @PathVariable int number,
            @RequestBody RowChange body,
            CurrentUser user) {
        return map.changeRow(id, analysisId, number, body.version(), body.row(), user);
    }

    @DeleteMapping("/{analysisId}/rows/{number}")
    @Operation(summary = "Remove an impact-map row")
    SroiAnalysisView removeRow(
            @PathVariable long id,
            @PathVariable long analysisId,
            @PathVariable int number,
            @RequestParam(required = false) Integer version,
            CurrentUser user) {
        return map.removeRow(id, analysisId, number, version, user);
    }

    @PostMapping("/{analysisId}/calculate")
    @Operation(
            summary = "Calculate an analysis",
            description = "Totals, per-row and per-year values, breakdowns, sensitivity (each assumption moved by"
                    + " `variation`, default 10) and thresholds. For a draft and someone who may change it,"
                    + " quantities are first taken again from the approved measurements and the figures stored.")
    CalculationResource calculate(
            @PathVariable long id,
            @PathVariable long analysisId,
            @RequestParam(required = false) BigDecimal variation,
            CurrentUser user) {
        return CalculationResource.of(sroi.calculate(id, analysisId, variation, user));
    }

    @PostMapping("/{analysisId}/approvals")
    @Operation(
            summary = "Approve an analysis",
            description = "For board members who are not observers; send the version you read (428 without it,"
                    + " 409 when it changed). Approved (and locked) once public and third sector have approved.")
    SroiAnalysisView approve(
            @PathVariable long id,
            @PathVariable long analysisId,
            @RequestBody(required = false) VersionSeen seen,
            CurrentUser user) {
        return sroi.approve(id, analysisId, VersionSeen.of(seen), user);
    }

    @PostMapping("/{analysisId}/copy")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Copy as a new draft")
    SroiAnalysisView copy(@PathVariable long id, @PathVariable long analysisId, CurrentUser user) {
        return sroi.copy(id, analysisId, user);
    }
}
