package scot.cairn.tendering.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import scot.cairn.identity.CurrentUser;
import scot.cairn.tendering.BenefitCategory;
import scot.cairn.tendering.BenefitDetails;
import scot.cairn.tendering.BenefitService;
import scot.cairn.tendering.BenefitsView;

/** The register of community benefit requirements. */
@RestController
@RequestMapping(path = "/api/v1/partnerships/{id}/community-benefits", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Tendering")
class BenefitApiController {

    private final BenefitService benefits;

    BenefitApiController(BenefitService benefits) {
        this.benefits = benefits;
    }

    /** A change, with the version of the requirement read. */
    record Change(
            Integer version,
            BenefitCategory category,
            String description,
            String measure,
            String target,
            Boolean mandatory) {}

    @GetMapping
    @Operation(
            summary = "The register and whether section 25 requires it",
            description = "required is true when the expected procurement is worth £4 million or more (GBP).")
    BenefitsView register(@PathVariable long id, CurrentUser user) {
        return benefits.register(id, user);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Add a requirement",
            description = "category RECRUITMENT_AND_TRAINING, SUPPLY_CHAIN, COMMUNITY_ENGAGEMENT or ENVIRONMENTAL;"
                    + " mandatory true (bidders must commit) or false (scored).")
    BenefitsView.BenefitView add(@PathVariable long id, @RequestBody BenefitDetails body, CurrentUser user) {
        return benefits.add(id, body, user);
    }

    @PutMapping("/{bid}")
    @Operation(summary = "Change a requirement")
    BenefitsView.BenefitView change(
            @PathVariable long id, @PathVariable long bid, @RequestBody Change body, CurrentUser user) {
        return benefits.change(
                id,
                bid,
                body.version(),
                new BenefitDetails(
                        body.category(), body.description(), body.measure(), body.target(), body.mandatory()),
                user);
    }

    @DeleteMapping("/{bid}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a requirement", description = "With the version read as ?version=.")
    void remove(
            @PathVariable long id,
            @PathVariable long bid,
            @RequestParam(required = false) Integer version,
            CurrentUser user) {
        benefits.remove(id, bid, version, user);
    }
}
