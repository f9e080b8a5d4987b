package scot.cairn.tendering.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import scot.cairn.identity.CurrentUser;
import scot.cairn.tendering.ChallengeDetails;
import scot.cairn.tendering.ContractDetails;
import scot.cairn.tendering.ContractService;
import scot.cairn.tendering.ContractsView;
import scot.cairn.tendering.SupplierScale;

/** The standstill after an award: challenges and their resolution, and the contract record until it is concluded. */
@RestController
@RequestMapping(path = "/api/v1/partnerships/{id}/tenders/{tid}/contracts", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Tendering")
class ContractApiController {

    private final ContractService contracts;

    ContractApiController(ContractService contracts) {
        this.contracts = contracts;
    }

    @GetMapping
    @Operation(
            summary = "The standstill and contract of each approved award",
            description = "For members; the challenges are listed for the officers who read the bids only.")
    ContractsView contracts(@PathVariable long id, @PathVariable long tid, CurrentUser user) {
        return contracts.contracts(id, tid, user);
    }

    @PostMapping("/challenges")
    @Operation(
            summary = "Record a challenge to an approved award",
            description = "By an officer who reads the bids, before the contract is concluded; an open challenge stops"
                    + " the contract being concluded.")
    ContractsView.Challenge challenge(
            @PathVariable long id, @PathVariable long tid, @RequestBody ChallengeDetails body, CurrentUser user) {
        return contracts.challenge(id, tid, body, user);
    }

    /** How a challenge was resolved, with the version read. */
    @Schema(name = "ChallengeResolution")
    record Resolution(Integer version, String resolution) {}

    @PostMapping("/challenges/{cid}/resolve")
    @Operation(summary = "Resolve an open challenge", description = "With the version read.")
    ContractsView.Challenge resolve(
            @PathVariable long id,
            @PathVariable long tid,
            @PathVariable long cid,
            @RequestBody Resolution body,
            CurrentUser user) {
        return contracts.resolve(id, tid, cid, body.version(), body.resolution(), user);
    }

    /** A corrected contract record, with the version read. */
    @Schema(name = "ContractChange")
    record Change(
            Integer version,
            SupplierScale scale,
            BigDecimal value,
            LocalDate startDate,
            LocalDate endDate,
            String commitments,
            String kpis) {}

    @PutMapping("/{cid}")
    @Operation(
            summary = "Correct a contract record before it is concluded",
            description = "Commitments and key performance indicators are one to a line.")
    ContractsView.Contract update(
            @PathVariable long id,
            @PathVariable long tid,
            @PathVariable long cid,
            @RequestBody Change body,
            CurrentUser user) {
        return contracts.update(
                id,
                tid,
                cid,
                body.version(),
                new ContractDetails(
                        body.scale(), body.value(), body.startDate(), body.endDate(), body.commitments(), body.kpis()),
                user);
    }

    /** The version of the contract record read. */
    @Schema(name = "ContractConclusion")
    record Conclusion(Integer version) {}

    @PostMapping("/{cid}/conclude")
    @Operation(
            summary = "Conclude the contract",
            description = "Refused before the standstill has ended, while a challenge is open, and without the end date"
                    + " and supplier's size; concluded, the record never changes and the OCDS contract release is"
                    + " published.")
    ContractsView.Contract conclude(
            @PathVariable long id,
            @PathVariable long tid,
            @PathVariable long cid,
            @RequestBody Conclusion body,
            CurrentUser user) {
        return contracts.conclude(id, tid, cid, body.version(), user);
    }
}
