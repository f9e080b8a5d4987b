package scot.cairn.tendering.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
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
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.Message;
import scot.cairn.platform.Numbers;
import scot.cairn.platform.web.Forms;
import scot.cairn.platform.web.Option;
import scot.cairn.tendering.PricingDetails;
import scot.cairn.tendering.PricingModel;
import scot.cairn.tendering.PricingService;
import scot.cairn.tendering.PricingView;

/** Setting the pricing model and its rate card; the Tender page shows them. */
@Controller
class PricingController {

    /** Blank rows below the rates, to add more without JavaScript. */
    private static final int SPARE_ROWS = 3;

    private final PartnershipService partnerships;
    private final PricingService pricings;

    PricingController(PartnershipService partnerships, PricingService pricings) {
        this.partnerships = partnerships;
        this.pricings = pricings;
    }

    /** One rate as typed, the price as text (so "£300" or "abc" come back to the page with a message); a row left
     * blank is ignored. */
    record Row(String item, String unit, String price) {}

    /** The pricing model as typed. */
    record PricingForm(PricingModel model, String basis, List<Row> rates) {

        /**
         * The details to save, each price read as people type it ("1,100", "£520.50").
         *
         * @throws InvalidInputException on each price that is not a number
         */
        PricingDetails details() {
            var all = rates == null ? List.<Row>of() : rates;
            var errors = new InvalidInputException.Collector();
            var details = new ArrayList<PricingDetails.RateDetails>();
            for (int n = 0; n < all.size(); n++) {
                var r = all.get(n);
                if (r == null) {
                    details.add(null);
                    continue;
                }
                String text = r.price() == null
                        ? ""
                        : r.price().strip().replaceFirst("^£", "").strip();
                BigDecimal price = null;
                if (!text.isEmpty()) {
                    var problem = Numbers.problem(text, 10, 2);
                    errors.rejectIf(
                            problem != null,
                            "rates[" + n + "].price",
                            Message.of("tendering.rate.priceUnreadable", n + 1, problem));
                    price = Numbers.read(text, 10, 2).orElse(null);
                }
                details.add(new PricingDetails.RateDetails(r.item(), r.unit(), price));
            }
            errors.throwIfAny();
            return new PricingDetails(model, basis, details);
        }

        /** The rates, then blank rows to add more, up to the most a card holds. */
        PricingForm padded() {
            var rows = new ArrayList<>(rates == null ? List.<Row>of() : rates);
            Stream.generate(() -> new Row(null, null, null))
                    .limit(Math.max(0, Math.min(SPARE_ROWS, 30 - rows.size())))
                    .forEach(rows::add);
            return new PricingForm(model, basis, rows);
        }

        static PricingForm of(PricingDetails d) {
            return d == null
                    ? new PricingForm(null, null, List.of())
                    : new PricingForm(
                            d.model(),
                            d.basis(),
                            d.rates().stream()
                                    .map(r -> new Row(
                                            r.item(), r.unit(), r.price().toPlainString()))
                                    .toList());
        }
    }

    @GetMapping("/partnerships/{id}/tender/pricing")
    String form(@PathVariable long id, CurrentUser user, Model model) {
        var t = pricings.editing(id, user);
        var form = model.containsAttribute("form")
                ? (PricingForm) model.getAttribute("form")
                : PricingForm.of(t.pricing());
        model.addAttribute("form", form.padded());
        model.addAttribute("p", partnerships.get(id, user));
        model.addAttribute("t", t);
        model.addAttribute("models", Option.of(PricingModel.values()));
        return "tendering/pricing";
    }

    @PostMapping("/partnerships/{id}/tender/pricing")
    String set(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @ModelAttribute("form") PricingForm form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        if (Forms.submit(result, () -> pricings.set(id, version, form.details(), user))) {
            redirect.addFlashAttribute("done", Message.of("tendering.pricing.saved"));
            return "redirect:/partnerships/" + id + "/tender";
        }
        // The page keeps the version the person read, so saving again after a refusal cannot overwrite a change.
        var t = pricings.editing(id, user);
        model.addAttribute("p", partnerships.get(id, user));
        model.addAttribute("t", new PricingView(t.pricing(), version, t.updatedAt(), t.mayEdit()));
        model.addAttribute("models", Option.of(PricingModel.values()));
        return "tendering/pricing";
    }
}
