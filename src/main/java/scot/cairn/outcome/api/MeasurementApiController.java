package scot.cairn.outcome.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import scot.cairn.identity.CurrentUser;
import scot.cairn.outcome.ImportService;
import scot.cairn.outcome.MeasurementRow;
import scot.cairn.outcome.MeasurementService;
import scot.cairn.outcome.MeasurementView;
import scot.cairn.outcome.Period;
import scot.cairn.platform.InvalidInputException;

/**
 * Measurements of a partnership's indicators, one at a time or imported from CSV in two steps: the import answers a
 * preview with every row's errors and saves nothing; confirming a preview without errors saves every row.
 */
@RestController
@RequestMapping(path = "/api/v1/partnerships/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Measurements", description = "Values of indicators per period, entered or imported")
class MeasurementApiController {

    private final MeasurementService measurements;
    private final ImportService imports;
    private final Words words;

    MeasurementApiController(MeasurementService measurements, ImportService imports, Words words) {
        this.measurements = measurements;
        this.imports = imports;
        this.words = words;
    }

    @GetMapping("/measurements")
    @Operation(summary = "List measurements", description = "For one period (2026-Q3 or 2026-07), or all periods.")
    List<MeasurementView> listMeasurements(
            @PathVariable long id,
            @Parameter(example = "2026-Q3") @RequestParam(required = false) String period,
            CurrentUser user) {
        Period p = period == null
                ? null
                : Period.parse(period).orElseThrow(() -> InvalidInputException.of("period", Period.HOW));
        return measurements.list(id, p, user);
    }

    @PostMapping("/measurements")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Record a measurement",
            description =
                    "Indicator by name; value as a number or text. One value per indicator, period and"
                            + " breakdown: a second is refused. Managers, analysts, the sustainability lead and the project manager only.")
    MeasurementView recordMeasurement(@PathVariable long id, @RequestBody MeasurementRow row, CurrentUser user) {
        return measurements.record(id, row, user);
    }

    @PostMapping(
            path = "/import",
            consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    @Operation(
            summary = "Check a CSV file of measurements",
            description = "Header row required: indicator, period, value, breakdown, source, notes. Saves nothing;"
                    + " answers each row with its errors and an importId to confirm.")
    Words.Preview previewImport(@PathVariable long id, @RequestBody String csv, CurrentUser user) {
        return words.of(imports.upload(id, "api.csv", csv.getBytes(StandardCharsets.UTF_8), user));
    }

    @PostMapping("/import/{importId}/confirm")
    @Operation(
            summary = "Save a checked import",
            description = "Checks the rows again and saves them all, or answers 400 if any row has an error.")
    Map<String, Integer> confirmImport(@PathVariable long id, @PathVariable String importId, CurrentUser user) {
        return Map.of("saved", imports.confirm(id, importId, user));
    }
}
