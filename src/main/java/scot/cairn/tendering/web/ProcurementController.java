package scot.cairn.tendering.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.PartnershipService;
import scot.cairn.platform.Message;
import scot.cairn.platform.web.Forms;
import scot.cairn.platform.web.Option;
import scot.cairn.tendering.OpenContracting;
import scot.cairn.tendering.ProcurementDetails;
import scot.cairn.tendering.ProcurementService;

/** The expected procurement and its open contracting data. */
@Controller
class ProcurementController {

    private static final String BASE = "/partnerships/{id}/tender";

    private final PartnershipService partnerships;
    private final ProcurementService procurements;
    private final OpenContracting openData;

    ProcurementController(PartnershipService partnerships, ProcurementService procurements, OpenContracting openData) {
        this.partnerships = partnerships;
        this.procurements = procurements;
        this.openData = openData;
    }

    /** The expected procurement as typed. */
    record ProcurementForm(
            String title,
            BigDecimal estimatedValue,
            String currency,
            String cpvCode,
            LocalDate expectedPublication,
            LocalDate expectedAward,
            Integer contractMonths) {

        ProcurementDetails details() {
            return new ProcurementDetails(
                    title, estimatedValue, currency, cpvCode, expectedPublication, expectedAward, contractMonths);
        }

        static ProcurementForm of(ProcurementDetails d) {
            return d == null
                    ? new ProcurementForm(null, null, "GBP", null, null, null, null)
                    : new ProcurementForm(
                            d.title(),
                            d.estimatedValue(),
                            d.currency(),
                            d.cpvCode(),
                            d.expectedPublication(),
                            d.expectedAward(),
                            d.contractMonths());
        }
    }

    @GetMapping(BASE + "/procurement")
    String form(@PathVariable long id, CurrentUser user, Model model) {
        var t = procurements.editing(id, user);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", ProcurementForm.of(t.procurement()));
        }
        model.addAttribute("p", partnerships.get(id, user));
        model.addAttribute("t", t);
        model.addAttribute(
                "currencies",
                java.util.List.of(
                        new Option("GBP", Message.of("tendering.currency.GBP")),
                        new Option("EUR", Message.of("tendering.currency.EUR"))));
        return "tendering/procurement";
    }

    @PostMapping(BASE + "/procurement")
    String record(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @ModelAttribute("form") ProcurementForm form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        if (Forms.submit(result, () -> procurements.record(id, version, form.details(), user))) {
            redirect.addFlashAttribute("done", Message.of("tendering.procurement.saved"));
            return "redirect:/partnerships/" + id + "/tender";
        }
        form(id, user, model);
        // The page keeps the version the person read, so saving again after a refusal cannot overwrite a change.
        var t = (scot.cairn.tendering.ProcurementView) model.getAttribute("t");
        model.addAttribute(
                "t",
                new scot.cairn.tendering.ProcurementView(
                        t.procurement(),
                        version,
                        t.updatedAt(),
                        t.tenderStart(),
                        t.tenderEnd(),
                        t.inStep(),
                        t.stageAllows(),
                        t.expected(),
                        t.mayEdit()));
        return "tendering/procurement";
    }

    /** The OCDS release package for people reading in a browser (the API takes tokens only). */
    @GetMapping(value = BASE + "/ocds-release-package.json", produces = "application/json")
    @org.springframework.web.bind.annotation.ResponseBody
    java.util.Map<String, Object> releasePackage(@PathVariable long id, CurrentUser user) {
        return openData.releasePackage(id, user);
    }

    /** The OCDS record package for people reading in a browser. */
    @GetMapping(value = BASE + "/ocds-record-package.json", produces = "application/json")
    @org.springframework.web.bind.annotation.ResponseBody
    java.util.Map<String, Object> recordPackage(@PathVariable long id, CurrentUser user) {
        return openData.recordPackage(id, user);
    }
}
