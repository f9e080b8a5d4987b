package scot.cairn.engagement.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import scot.cairn.engagement.EnquiryDetails;
import scot.cairn.engagement.EnquiryService;
import scot.cairn.engagement.EnquiryView;
import scot.cairn.identity.CurrentUser;

/** The enquiries inbox: entering, assigning, answering and publishing enquiries. */
@RestController
@RequestMapping(path = "/api/v1/partnerships/{id}/enquiries", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Enquiries", description = "Questions from anyone, their answers and the published questions and answers")
class EnquiryApiController {

    private final EnquiryService enquiries;

    EnquiryApiController(EnquiryService enquiries) {
        this.enquiries = enquiries;
    }

    /** Who answers an enquiry and the provider it came from, with the version read. */
    record AssignRequest(Integer version, Long assigneeId, Long organisationId) {}

    /** An answer, or the question as published, with the version read. */
    record WordsRequest(Integer version, String words) {}

    @GetMapping
    @Operation(
            summary = "List the enquiries",
            description = "For the Communications Lead, the Project Manager and managers; newest first.")
    EnquiryService.Listing list(@PathVariable long id, CurrentUser user) {
        return enquiries.list(id, user);
    }

    @GetMapping("/{enquiryId}")
    @Operation(summary = "Get an enquiry", description = "Also for the member it is assigned to.")
    EnquiryView get(@PathVariable long id, @PathVariable long enquiryId, CurrentUser user) {
        return enquiries.get(id, enquiryId, user);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Enter an enquiry received by email, phone, letter or at a meeting")
    EnquiryView record(@PathVariable long id, @RequestBody EnquiryDetails body, CurrentUser user) {
        return enquiries.record(id, body, user);
    }

    @PostMapping("/{enquiryId}/assign")
    @Operation(summary = "Say who answers an enquiry, and the provider it came from")
    EnquiryView assign(
            @PathVariable long id, @PathVariable long enquiryId, @RequestBody AssignRequest body, CurrentUser user) {
        return enquiries.assign(id, enquiryId, body.version(), body.assigneeId(), body.organisationId(), user);
    }

    @PostMapping("/{enquiryId}/answer")
    @Operation(summary = "Answer an enquiry", description = "Once; it enters the information-parity ledger.")
    EnquiryView answer(
            @PathVariable long id, @PathVariable long enquiryId, @RequestBody WordsRequest body, CurrentUser user) {
        return enquiries.answer(id, enquiryId, body.version(), body.words(), user);
    }

    @PostMapping("/{enquiryId}/publish")
    @Operation(
            summary = "Publish an answered enquiry on the public page",
            description = "With the question as worded for everyone (`words`), without who asked.")
    EnquiryView publish(
            @PathVariable long id, @PathVariable long enquiryId, @RequestBody WordsRequest body, CurrentUser user) {
        return enquiries.publish(id, enquiryId, body.version(), body.words(), user);
    }
}
