package scot.cairn.planning.web;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import scot.cairn.identity.CurrentUser;
import scot.cairn.planning.PlanDownloads;

/** The plan as a workbook and as a calendar, for anyone who may read it. */
@Controller
class PlanFilesController {

    private final PlanDownloads downloads;

    PlanFilesController(PlanDownloads downloads) {
        this.downloads = downloads;
    }

    @GetMapping("/partnerships/{id}/plan/plan.xlsx")
    ResponseEntity<byte[]> workbook(@PathVariable long id, CurrentUser user) {
        return downloads.workbook(id, user).response();
    }

    @GetMapping("/partnerships/{id}/plan/plan.ics")
    ResponseEntity<byte[]> calendar(@PathVariable long id, CurrentUser user) {
        return downloads.calendar(id, user).response();
    }
}
