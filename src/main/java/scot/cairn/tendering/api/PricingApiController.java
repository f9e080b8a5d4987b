package scot.cairn.tendering.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import scot.cairn.identity.CurrentUser;
import scot.cairn.tendering.PricingDetails;
import scot.cairn.tendering.PricingModel;
import scot.cairn.tendering.PricingService;
import scot.cairn.tendering.PricingView;

/** The pricing model of the tendered contract and its rate card. */
@RestController
@RequestMapping(path = "/api/v1/partnerships/{id}/pricing", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Tendering")
class PricingApiController {

    private final PricingService pricings;

    PricingApiController(PricingService pricings) {
        this.pricings = pricings;
    }

    /** The pricing model with the version read (none the first time). */
    record Body(Integer version, PricingModel model, String basis, List<PricingDetails.RateDetails> rates) {}

    @GetMapping
    @Operation(summary = "The pricing model and rate card", description = "pricing is null until one is set.")
    PricingView pricing(@PathVariable long id, CurrentUser user) {
        return pricings.pricing(id, user);
    }

    @PutMapping
    @Operation(
            summary = "Set or replace the pricing model and rate card",
            description = "By the Procurement Representative or a manager. model FIXED_PRICE, PER_UNIT or"
                    + " OUTCOME_PAYMENTS; PER_UNIT and OUTCOME_PAYMENTS need at least one rate; each rate has an item,"
                    + " a unit and a price in pounds (0 to 1,000,000,000, pence at most); at most 30 rates. The rates"
                    + " sent replace the card.")
    PricingView set(@PathVariable long id, @RequestBody Body body, CurrentUser user) {
        return pricings.set(id, body.version(), new PricingDetails(body.model(), body.basis(), body.rates()), user);
    }
}
