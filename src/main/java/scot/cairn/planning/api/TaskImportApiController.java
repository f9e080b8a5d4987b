package scot.cairn.planning.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import scot.cairn.identity.CurrentUser;
import scot.cairn.planning.TaskImportPreview;
import scot.cairn.planning.TaskImportService;
import scot.cairn.platform.web.Texts;

/** Importing tasks from CSV: a check that saves nothing, then a confirmation that adds them all. */
@RestController
@RequestMapping(path = "/api/v1/partnerships/{id}/plan/import", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Plan", description = "Tasks, their dependencies and progress, milestones and baselines")
class TaskImportApiController {

    private final TaskImportService imports;
    private final Texts texts;

    TaskImportApiController(TaskImportService imports, Texts texts) {
        this.imports = imports;
        this.texts = texts;
    }

    /** A row of the file with its errors by column, in words. */
    @Schema(name = "CheckedTaskRow")
    record Row(int line, Map<String, String> cells, Map<String, String> errors) {}

    /** An upload of tasks, checked but not saved. */
    @Schema(name = "TaskImportPreview")
    record Preview(String importId, String fileName, boolean confirmable, List<Row> rows) {}

    @PostMapping(consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    @Operation(
            summary = "Check a CSV file of tasks",
            description = "Header row required: title, owner, start, due; optional workstream, package, stage,"
                    + " after. Saves nothing; answers each row with its errors and an importId to confirm. For the"
                    + " Project Manager and managers.")
    Preview check(@PathVariable long id, @RequestBody String csv, CurrentUser user) {
        return words(imports.upload(id, "api.csv", csv.getBytes(StandardCharsets.UTF_8), user));
    }

    @PostMapping("/{importId}/confirm")
    @Operation(
            summary = "Add the tasks of a checked file",
            description = "Checks the rows again and adds them all, or answers 400 if any row has an error.")
    Map<String, Integer> confirm(@PathVariable long id, @PathVariable String importId, CurrentUser user) {
        return Map.of("added", imports.confirm(id, importId, user));
    }

    private Preview words(TaskImportPreview p) {
        return new Preview(
                p.importId(),
                p.fileName(),
                p.confirmable(),
                p.rows().stream()
                        .map(r -> {
                            var errors = new LinkedHashMap<String, String>();
                            r.errors().forEach((column, m) -> errors.put(column, texts.words(m)));
                            return new Row(r.line(), r.cells(), errors);
                        })
                        .toList());
    }
}
