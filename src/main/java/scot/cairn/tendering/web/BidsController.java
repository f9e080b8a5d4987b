package scot.cairn.tendering.web;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.PartnershipService;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.Message;
import scot.cairn.platform.web.Download;
import scot.cairn.tendering.BidDownloads;
import scot.cairn.tendering.OpeningService;
import scot.cairn.tendering.TenderService;

/** Opening a tender's sealed bids, and the opened bids with their files and a spreadsheet of them. */
@Controller
class BidsController {

    private static final String BASE = "/partnerships/{id}/tenders/{tid}";

    private final PartnershipService partnerships;
    private final TenderService tenders;
    private final OpeningService opening;
    private final BidDownloads downloads;
    private final scot.cairn.tendering.ClarificationService clarifications;

    BidsController(
            PartnershipService partnerships,
            TenderService tenders,
            OpeningService opening,
            BidDownloads downloads,
            scot.cairn.tendering.ClarificationService clarifications) {
        this.partnerships = partnerships;
        this.tenders = tenders;
        this.opening = opening;
        this.downloads = downloads;
        this.clarifications = clarifications;
    }

    @GetMapping(BASE + "/clarifications")
    String clarifications(@PathVariable long id, @PathVariable long tid, CurrentUser user, Model model) {
        tenders.requireWriter(id, user);
        model.addAttribute("p", partnerships.get(id, user));
        model.addAttribute("t", tenders.tender(id, tid, user));
        model.addAttribute("c", clarifications.clarifications(id, tid, user));
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", java.util.Map.of());
        }
        return "tendering/clarifications";
    }

    @PostMapping(BASE + "/clarifications/{cid}/answer")
    String answer(
            @PathVariable long id,
            @PathVariable long tid,
            @PathVariable long cid,
            @org.springframework.web.bind.annotation.RequestParam(required = false) Integer version,
            @org.springframework.web.bind.annotation.RequestParam(required = false) String publicQuestion,
            @org.springframework.web.bind.annotation.RequestParam(required = false) String answer,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        try {
            clarifications.answer(id, tid, cid, version, publicQuestion, answer, user);
        } catch (InvalidInputException e) {
            var errors = new java.util.LinkedHashMap<String, Message>();
            e.fieldErrors().forEach((field, message) -> errors.put(field + "-" + cid, message));
            model.addAttribute("problems", errors);
            model.addAttribute("typedQuestion", publicQuestion);
            model.addAttribute("typedAnswer", answer);
            model.addAttribute("typedFor", cid);
            return clarifications(id, tid, user, model);
        }
        redirect.addFlashAttribute("done", Message.of("tendering.clarification.published"));
        return "redirect:/partnerships/" + id + "/tenders/" + tid + "/clarifications";
    }

    @PostMapping(BASE + "/opening")
    String open(
            @PathVariable long id,
            @PathVariable long tid,
            @org.springframework.web.bind.annotation.RequestParam(required = false)
                    scot.cairn.tendering.OpeningStep step,
            CurrentUser user,
            RedirectAttributes redirect) {
        try {
            var o = opening.open(id, tid, step, user);
            redirect.addFlashAttribute(
                    "done",
                    o.opened()
                            ? Message.of("tendering.opening.completed", o.bids())
                            : Message.of("tendering.opening.begun"));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute(
                    "openingError", e.fieldErrors().values().iterator().next());
        }
        return "redirect:/partnerships/" + id + "/tenders/" + tid + "#opening";
    }

    @GetMapping(BASE + "/bids")
    String bids(@PathVariable long id, @PathVariable long tid, CurrentUser user, Model model) {
        model.addAttribute("bids", opening.bids(id, tid, "page", user));
        model.addAttribute("p", partnerships.get(id, user));
        model.addAttribute("t", tenders.tender(id, tid, user));
        return "tendering/bids";
    }

    @GetMapping(BASE + "/bids.csv")
    ResponseEntity<byte[]> export(@PathVariable long id, @PathVariable long tid, CurrentUser user) {
        return downloads.csv(id, tid, user).response();
    }

    @GetMapping(BASE + "/bids/{bid}/files/{n}")
    ResponseEntity<byte[]> file(
            @PathVariable long id,
            @PathVariable long tid,
            @PathVariable long bid,
            @PathVariable int n,
            CurrentUser user) {
        var f = opening.file(id, tid, bid, n, user);
        return new Download(f.name(), f.type(), f.content()).response();
    }
}
