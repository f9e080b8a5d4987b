package scot.cairn.consultation.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import scot.cairn.consultation.ConsultationFiles;
import scot.cairn.consultation.VersionKind;
import scot.cairn.identity.CurrentUser;

/** A consultation's other versions (Easy Read, accessible, large print...) as files. */
@RestController
@RequestMapping(path = "/api/v1/partnerships/{id}/consultations/{cid}/files")
@Tag(name = "Consultations", description = "Asking the people who use the service, and what they said")
class ConsultationFileApiController {

    private final ConsultationFiles files;

    ConsultationFileApiController(ConsultationFiles files) {
        this.files = files;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "List a consultation's other versions")
    List<ConsultationFiles.FileView> list(@PathVariable long id, @PathVariable long cid, CurrentUser user) {
        return files.files(id, cid, user);
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Add another version of a consultation",
            description = "A PDF, Word document or Excel workbook of up to 10 MB, with its kind (`EASY_READ`...).")
    ConsultationFiles.FileView add(
            @PathVariable long id,
            @PathVariable long cid,
            @RequestParam(required = false) VersionKind kind,
            @RequestParam(required = false) String title,
            @RequestParam MultipartFile file,
            CurrentUser user)
            throws IOException {
        return files.add(id, cid, kind, title, file.getOriginalFilename(), file.getBytes(), user);
    }

    @GetMapping("/{fileId}")
    @Operation(summary = "Download one of a consultation's other versions")
    ResponseEntity<byte[]> download(
            @PathVariable long id, @PathVariable long cid, @PathVariable long fileId, CurrentUser user) {
        return files.download(id, cid, fileId, user).response();
    }

    @DeleteMapping("/{fileId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove one of a consultation's other versions")
    void remove(@PathVariable long id, @PathVariable long cid, @PathVariable long fileId, CurrentUser user) {
        files.remove(id, cid, fileId, user);
    }
}
