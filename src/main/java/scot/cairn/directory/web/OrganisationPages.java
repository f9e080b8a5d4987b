package scot.cairn.directory.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import scot.cairn.directory.OrganisationService;

/** The organisations directory as anyone signed in reads it: search, one organisation, its history. */
@Controller
class OrganisationPages {

    private final OrganisationService organisations;

    OrganisationPages(OrganisationService organisations) {
        this.organisations = organisations;
    }

    /** An htmx search (but not htmx restoring its history) gets only the results; everyone else the whole page. */
    @GetMapping("/organisations")
    String list(
            @RequestParam(defaultValue = "") String q,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) String restoring,
            HttpServletResponse response,
            Model model) {
        model.addAttribute("q", q.strip());
        model.addAttribute("organisations", organisations.search(q));
        response.addHeader("Vary", "HX-Request");
        return htmx != null && restoring == null ? "directory/organisations :: results" : "directory/organisations";
    }

    @GetMapping("/organisations/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("organisation", organisations.get(id));
        return "directory/organisation";
    }

    @GetMapping("/organisations/{id}/history")
    String history(@PathVariable long id, Model model) {
        model.addAttribute("organisation", organisations.get(id));
        model.addAttribute("events", organisations.history(id));
        return "directory/organisation-history";
    }
}
