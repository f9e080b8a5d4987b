package scot.cairn.sroi.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
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
import scot.cairn.identity.CurrentUser;
import scot.cairn.platform.web.VersionSeen;
import scot.cairn.sroi.ReviewDetails;
import scot.cairn.sroi.ReviewService;
import scot.cairn.sroi.SroiReviewView;

/**
 * Forecast-against-actual reviews: one per quarter, an approved forecast beside an evaluative analysis with the
 * comparison, a note explaining the differences, board signatures. Changes carry the {@code version} the client last
 * read: 409 when stale or when the review is signed off (locked).
 */
@RestController
@RequestMapping(path = "/api/v1/partnerships/{id}/sroi-reviews", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "SROI reviews", description = "Each pilot quarter's evaluative SROI set beside the forecast, signed off")
class ReviewApiController {

    private final ReviewService reviews;

    ReviewApiController(ReviewService reviews) {
        this.reviews = reviews;
    }

    @Schema(name = "SroiReviewChange")
    record ReviewChange(Integer version, String quarter, Long forecastId, Long evaluativeId, String note) {

        ReviewDetails details() {
            return new ReviewDetails(quarter, forecastId, evaluativeId, note);
        }
    }

    @GetMapping
    @Operation(
            summary = "List forecast-against-actual reviews",
            description = "Latest quarter first, with comparisons.")
    List<SroiReviewView> list(@PathVariable long id, CurrentUser user) {
        return reviews.reviews(id, user);
    }

    @GetMapping("/{reviewId}")
    @Operation(summary = "Get a review with its comparison")
    SroiReviewView one(@PathVariable long id, @PathVariable long reviewId, CurrentUser user) {
        return reviews.review(id, reviewId, user);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Write a review",
            description = "quarter like 2026-Q3 (one review per quarter); forecastId an approved forecast;"
                    + " evaluativeId an evaluative analysis whose period ends in the quarter or covers it; a note.")
    SroiReviewView create(@PathVariable long id, @RequestBody ReviewDetails body, CurrentUser user) {
        return reviews.create(id, body, user);
    }

    @PutMapping("/{reviewId}")
    @Operation(
            summary = "Change a draft review",
            description = "All fields are required. Withdraws signatures given so far. 409 when stale or signed off.")
    SroiReviewView update(
            @PathVariable long id, @PathVariable long reviewId, @RequestBody ReviewChange body, CurrentUser user) {
        return reviews.update(id, reviewId, body.version(), body.details(), user);
    }

    @PostMapping("/{reviewId}/signatures")
    @Operation(
            summary = "Sign off a review",
            description = "For board members who are not observers; send the version you read (428 without it,"
                    + " 409 when it changed). Signed off, with the figures as they were signed, once the public and"
                    + " third sectors have both signed.")
    SroiReviewView sign(
            @PathVariable long id,
            @PathVariable long reviewId,
            @RequestBody(required = false) VersionSeen seen,
            CurrentUser user) {
        return reviews.sign(id, reviewId, VersionSeen.of(seen), user);
    }
}
