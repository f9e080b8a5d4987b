package scot.cairn.tendering.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import scot.cairn.identity.CurrentUser;
import scot.cairn.platform.ConcurrentChangeException;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.Message;
import scot.cairn.platform.Numbers;
import scot.cairn.tendering.BidContent;
import scot.cairn.tendering.BidService;

/**
 * What providers see: the open tenders, a published tender with its questions, expressing interest and sending a
 * bid (a form with a price for each lot, an answer to each question and files; it works without JavaScript).
 */
@Controller
class BiddingController {

    private final BidService bids;
    private final scot.cairn.tendering.ClarificationService clarifications;

    BiddingController(BidService bids, scot.cairn.tendering.ClarificationService clarifications) {
        this.bids = bids;
        this.clarifications = clarifications;
    }

    @GetMapping("/tenders")
    String open(CurrentUser user, Model model) {
        model.addAttribute("tenders", bids.open(user));
        model.addAttribute("interested", bids.interested(user));
        return "tendering/open-tenders";
    }

    @GetMapping("/partnerships/{id}/tenders/{tid}/bid")
    String bidding(@PathVariable long id, @PathVariable long tid, CurrentUser user, Model model) {
        model.addAttribute("b", bids.bidding(id, tid, user));
        model.addAttribute("c", clarifications.clarifications(id, tid, user));
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", Map.of());
            model.addAttribute("typed", Map.of());
        }
        return "tendering/bid";
    }

    @GetMapping("/partnerships/{id}/tenders/{tid}/specification.pdf")
    org.springframework.http.ResponseEntity<byte[]> specification(
            @PathVariable long id, @PathVariable long tid, CurrentUser user) {
        return bids.specification(id, tid, user).response();
    }

    @PostMapping("/partnerships/{id}/tenders/{tid}/interest")
    String interest(@PathVariable long id, @PathVariable long tid, CurrentUser user, RedirectAttributes redirect) {
        bids.interest(id, tid, user);
        redirect.addFlashAttribute("done", Message.of("tendering.bid.interestRecorded"));
        return "redirect:/partnerships/" + id + "/tenders/" + tid + "/bid";
    }

    /**
     * Sends the bid: {@code price-N} for lot N (price-0 for a tender without lots; a lot left empty is not bid for),
     * {@code answer-N} for question QN, and the files.
     */
    @PostMapping("/partnerships/{id}/tenders/{tid}/bid")
    String send(
            @PathVariable long id,
            @PathVariable long tid,
            @RequestParam Map<String, String> form,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        var errors = new LinkedHashMap<String, Message>();
        var prices = new LinkedHashMap<Integer, BigDecimal>();
        var answers = new LinkedHashMap<Integer, String>();
        form.forEach((name, value) -> {
            if (name.matches("price-\\d{1,3}") && value != null && !value.isBlank()) {
                var typed = value.strip().replaceFirst("^£", "").strip();
                var problem = Numbers.problem(typed, 13, 2);
                if (problem != null) {
                    errors.put(name, problem);
                } else {
                    prices.put(
                            Integer.valueOf(name.substring(6)),
                            Numbers.read(typed, 13, 2).orElseThrow());
                }
            } else if (name.matches("answer-\\d{1,3}")) {
                answers.put(Integer.valueOf(name.substring(7)), value);
            }
        });
        var sent = new ArrayList<BidContent.File>();
        for (var f : files == null ? List.<MultipartFile>of() : files) {
            if (!f.isEmpty()) {
                try {
                    sent.add(new BidContent.File(f.getOriginalFilename(), f.getBytes()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        if (errors.isEmpty()) {
            var version = form.get("version");
            try {
                var receipt = bids.send(
                        id,
                        tid,
                        version == null || !version.matches("\\d{1,9}") ? null : Integer.valueOf(version),
                        new BidContent(prices, answers, sent),
                        user);
                redirect.addFlashAttribute(
                        "done",
                        Message.of(
                                "tendering.bid.received",
                                receipt.sha256(),
                                receipt.receivedAt()
                                        .format(
                                                java.time.format.DateTimeFormatter.ofLocalizedDateTime(
                                                                java.time.format.FormatStyle.LONG,
                                                                java.time.format.FormatStyle.MEDIUM)
                                                        .withLocale(org.springframework.context.i18n.LocaleContextHolder
                                                                .getLocale()))));
                return "redirect:/partnerships/" + id + "/tenders/" + tid + "/bid#receipts";
            } catch (InvalidInputException e) {
                e.fieldErrors().forEach((field, message) -> errors.put(pageField(field), message));
            } catch (ConcurrentChangeException e) {
                errors.put("", e.reason());
            }
        }
        model.addAttribute("problems", errors);
        model.addAttribute("typed", form);
        return bidding(id, tid, user, model);
    }

    @PostMapping("/partnerships/{id}/tenders/{tid}/clarifications")
    String ask(
            @PathVariable long id,
            @PathVariable long tid,
            @RequestParam(required = false) String question,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        try {
            clarifications.ask(id, tid, question, user);
        } catch (InvalidInputException e) {
            model.addAttribute("problems", Map.of());
            model.addAttribute("typed", Map.of());
            model.addAttribute("problem", e.fieldErrors().values().iterator().next());
            model.addAttribute("question", question);
            return bidding(id, tid, user, model);
        }
        redirect.addFlashAttribute("done", Message.of("tendering.clarification.asked"));
        return "redirect:/partnerships/" + id + "/tenders/" + tid + "/bid#clarifications";
    }

    /** The page's name for a field the service names: prices[2] is price-2, answers[3] is answer-3. */
    private static String pageField(String field) {
        return field.replaceFirst("^prices\\[(\\d+)]$", "price-$1").replaceFirst("^answers\\[(\\d+)]$", "answer-$1");
    }
}
