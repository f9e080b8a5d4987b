package scot.cairn.consultation.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import scot.cairn.consultation.ExpenseDetails;
import scot.cairn.consultation.ExpenseService;
import scot.cairn.consultation.ExpensesView;
import scot.cairn.identity.CurrentUser;

/** Participants' expenses against a consultation's budget. */
@RestController
@RequestMapping(
        path = "/api/v1/partnerships/{id}/consultations/{cid}/expenses",
        produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Consultations")
class ExpenseApiController {

    private final ExpenseService expenses;

    ExpenseApiController(ExpenseService expenses) {
        this.expenses = expenses;
    }

    /** The budget, with the version of the consultation read; an empty budget removes it. */
    record Budget(Integer version, BigDecimal budget) {}

    /** A decision on a claim, with the version of the claim read; a refusal needs a reason. */
    record Decision(Integer version, Boolean approve, String reason) {}

    @GetMapping
    @Operation(
            summary = "The budget and the claims",
            description = "For those who run consultations and managers; 403 for other members.")
    ExpensesView list(@PathVariable long id, @PathVariable long cid, CurrentUser user) {
        return expenses.expenses(id, cid, user);
    }

    @PutMapping("/budget")
    @Operation(summary = "Set the budget", description = "Never below what is already approved.")
    ExpensesView budget(@PathVariable long id, @PathVariable long cid, @RequestBody Budget body, CurrentUser user) {
        return expenses.budget(id, cid, body.version(), body.budget(), user);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Record a claim",
            description = "kind is TRAVEL, CARE, INTERPRETER or OTHER; amount in pounds, up to 10,000.")
    ExpensesView.ExpenseView record(
            @PathVariable long id, @PathVariable long cid, @RequestBody ExpenseDetails body, CurrentUser user) {
        return expenses.record(id, cid, body, user);
    }

    @PostMapping("/{eid}/decision")
    @Operation(
            summary = "Approve or refuse a claim",
            description = "A manager who did not record it; approving is refused over the budget.")
    ExpensesView.ExpenseView decide(
            @PathVariable long id,
            @PathVariable long cid,
            @PathVariable long eid,
            @RequestBody Decision body,
            CurrentUser user) {
        return expenses.decide(id, cid, eid, body.version(), Boolean.TRUE.equals(body.approve()), body.reason(), user);
    }
}
