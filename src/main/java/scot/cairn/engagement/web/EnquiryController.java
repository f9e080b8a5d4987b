package scot.cairn.engagement.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import scot.cairn.engagement.EnquiryChannel;
import scot.cairn.engagement.EnquiryDetails;
import scot.cairn.engagement.EnquiryService;
import scot.cairn.engagement.EnquiryView;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.PartnershipService;
import scot.cairn.platform.Message;
import scot.cairn.platform.web.Forms;
import scot.cairn.platform.web.Option;
import scot.cairn.platform.web.Problem;

/** The enquiries inbox: entering one, assigning, answering and publishing it. Plain forms, no JavaScript needed. */
@Controller
class EnquiryController {

    private static final String BASE = "/partnerships/{id}/enquiries";

    private final PartnershipService partnerships;
    private final EnquiryService enquiries;

    EnquiryController(PartnershipService partnerships, EnquiryService enquiries) {
        this.partnerships = partnerships;
        this.enquiries = enquiries;
    }

    /** An enquiry as typed by the team. */
    record EnquiryForm(
            String askedBy,
            String email,
            Long organisationId,
            String question,
            EnquiryChannel channel,
            LocalDate receivedOn) {

        EnquiryDetails details() {
            return new EnquiryDetails(askedBy, email, organisationId, question, channel, receivedOn);
        }
    }

    @GetMapping(BASE)
    String list(@PathVariable long id, CurrentUser user, Model model) {
        var listing = enquiries.list(id, user);
        model.addAttribute("p", partnerships.get(id, user));
        model.addAttribute("listing", listing);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new EnquiryForm(null, null, null, null, null, null));
        }
        model.addAttribute("providers", options(listing.providers()));
        model.addAttribute(
                "channels",
                java.util.Arrays.stream(EnquiryChannel.values())
                        .filter(c -> c != EnquiryChannel.PUBLIC_FORM)
                        .map(c -> new Option(c.name(), Message.of(c.labelKey())))
                        .toList());
        return "engagement/enquiries";
    }

    @PostMapping(BASE)
    String record(
            @PathVariable long id,
            @ModelAttribute("form") EnquiryForm form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        var saved = new EnquiryView[1];
        if (Forms.submit(result, () -> saved[0] = enquiries.record(id, form.details(), user))) {
            redirect.addFlashAttribute("done", Message.of("engagement.enquiry.recorded", saved[0].reference()));
            return "redirect:/partnerships/" + id + "/enquiries/" + saved[0].id();
        }
        return list(id, user, model);
    }

    @GetMapping(BASE + "/{enquiryId}")
    String enquiry(@PathVariable long id, @PathVariable long enquiryId, CurrentUser user, Model model) {
        var e = enquiries.get(id, enquiryId, user);
        var p = partnerships.get(id, user);
        model.addAttribute("p", p);
        model.addAttribute("e", e);
        model.addAttribute("providers", options(enquiries.providers(id, user)));
        model.addAttribute(
                "people",
                p.participants().stream()
                        .map(o -> new Option(Long.toString(o.personId()), o.fullName()))
                        .toList());
        return "engagement/enquiry";
    }

    @PostMapping(BASE + "/{enquiryId}/{step:assign|answer|publish}")
    String step(
            @PathVariable long id,
            @PathVariable long enquiryId,
            @PathVariable String step,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) Long assigneeId,
            @RequestParam(required = false) Long organisationId,
            @RequestParam(required = false) String words,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        var result = new MapBindingResult(new HashMap<>(), "enquiry");
        var done = new EnquiryView[1];
        if (Forms.submit(
                result,
                () -> done[0] = switch (step) {
                    case "assign" -> enquiries.assign(id, enquiryId, version, assigneeId, organisationId, user);
                    case "answer" -> enquiries.answer(id, enquiryId, version, words, user);
                    default -> enquiries.publish(id, enquiryId, version, words, user);
                })) {
            redirect.addFlashAttribute("done", Message.of("engagement.enquiry." + step + "Done", done[0].reference()));
            return "redirect:/partnerships/" + id + "/enquiries/" + enquiryId;
        }
        model.addAttribute("problems", Problem.of("assign".equals(step) ? "assigneeId" : step + "-words", result));
        model.addAttribute("typed", words);
        return enquiry(id, enquiryId, user, model);
    }

    private static java.util.List<Option> options(Map<Long, String> providers) {
        return providers.entrySet().stream()
                .map(o -> new Option(Long.toString(o.getKey()), o.getValue()))
                .toList();
    }
}
