package scot.cairn.tendering.web;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import scot.cairn.identity.CurrentUser;
import scot.cairn.tendering.PipelineDownloads;
import scot.cairn.tendering.ProcurementService;

/** The expected procurements across the reader's partnerships, as a page and a workbook. */
@Controller
class PipelineController {

    private final ProcurementService procurements;
    private final PipelineDownloads downloads;

    PipelineController(ProcurementService procurements, PipelineDownloads downloads) {
        this.procurements = procurements;
        this.downloads = downloads;
    }

    @GetMapping("/procurements")
    String pipeline(CurrentUser user, Model model) {
        model.addAttribute("rows", procurements.pipeline(user));
        return "tendering/pipeline";
    }

    @GetMapping("/procurements.xlsx")
    ResponseEntity<byte[]> workbook(CurrentUser user) {
        return downloads.workbook(user).response();
    }
}
