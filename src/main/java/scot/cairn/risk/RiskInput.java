package scot.cairn.risk;

import java.time.LocalDate;
import java.util.Set;
import scot.cairn.platform.InvalidInputException;

/** The rules a risk's details and a review must keep, field by field, all reported at once. */
final class RiskInput {

    static final int SHORT = 200;
    static final int LONG = 4000;

    private RiskInput() {}

    /**
     * @param owners the people who may own an item: those taking part in the partnership (managers and members)
     * @param today a next review may not be set in the past
     */
    static void check(RiskDetails d, Set<Long> owners, LocalDate today, boolean change) {
        var errors = new InvalidInputException.Collector()
                .rejectIf(d.kind() == null, "kind", "risk.edit.kindMissing")
                .rejectIf(blank(d.title()), "title", "risk.edit.titleMissing")
                .rejectIf(tooLong(d.title(), SHORT), "title", "risk.edit.titleTooLong", SHORT)
                .rejectIf(tooLong(d.description(), LONG), "description", "risk.edit.descriptionTooLong", LONG)
                .rejectIf(d.category() == null, "category", "risk.edit.categoryMissing")
                .rejectIf(d.ownerId() == null, "ownerId", "risk.edit.ownerMissing")
                .rejectIf(d.ownerId() != null && !owners.contains(d.ownerId()), "ownerId", "risk.edit.ownerNotMember")
                .rejectIf(!RiskScore.inRange(d.likelihood()), "likelihood", "risk.edit.likelihoodRange")
                .rejectIf(!RiskScore.inRange(d.impact()), "impact", "risk.edit.impactRange")
                .rejectIf(d.proximity() == null, "proximity", "risk.edit.proximityMissing")
                .rejectIf(d.response() == null, "response", "risk.edit.responseMissing")
                .rejectIf(d.nextReview() == null, "nextReview", "risk.edit.nextReviewMissing")
                .rejectIf(
                        d.nextReview() != null && d.nextReview().isBefore(today),
                        "nextReview",
                        "risk.edit.nextReviewPast")
                .rejectIf(change && d.status() == null, "status", "risk.edit.statusMissing");
        residual(errors, d.residualLikelihood(), d.residualImpact());
        errors.throwIfAny();
    }

    /** @param today a review records what happened, so it may not be dated after today */
    static void check(ReviewDetails r, LocalDate today) {
        var errors = new InvalidInputException.Collector()
                .rejectIf(r.reviewedOn() == null, "reviewedOn", "risk.review.dateMissing")
                .rejectIf(
                        r.reviewedOn() != null && r.reviewedOn().isAfter(today), "reviewedOn", "risk.review.dateFuture")
                .rejectIf(!RiskScore.inRange(r.likelihood()), "likelihood", "risk.edit.likelihoodRange")
                .rejectIf(!RiskScore.inRange(r.impact()), "impact", "risk.edit.impactRange")
                .rejectIf(tooLong(r.note(), LONG), "note", "risk.review.noteTooLong", LONG)
                .rejectIf(r.nextReview() == null, "nextReview", "risk.edit.nextReviewMissing")
                .rejectIf(
                        r.nextReview() != null && r.nextReview().isBefore(today),
                        "nextReview",
                        "risk.edit.nextReviewPast")
                .rejectIf(
                        r.nextReview() != null
                                && r.reviewedOn() != null
                                && !r.nextReview().isAfter(r.reviewedOn()),
                        "nextReview",
                        "risk.review.nextAfterReview");
        residual(errors, r.residualLikelihood(), r.residualImpact());
        errors.throwIfAny();
    }

    /** @param owners the people who may own an action: those taking part in the partnership */
    static void check(ActionDetails a, Set<Long> owners, LocalDate today) {
        new InvalidInputException.Collector()
                .rejectIf(blank(a.description()), "description", "risk.action.descriptionMissing")
                .rejectIf(tooLong(a.description(), 500), "description", "risk.action.descriptionTooLong", 500)
                .rejectIf(a.ownerId() == null, "ownerId", "risk.edit.ownerMissing")
                .rejectIf(a.ownerId() != null && !owners.contains(a.ownerId()), "ownerId", "risk.edit.ownerNotMember")
                .rejectIf(a.due() == null, "due", "risk.action.dueMissing")
                .rejectIf(a.due() != null && a.due().isBefore(today), "due", "risk.action.duePast")
                .throwIfAny();
    }

    private static void residual(InvalidInputException.Collector errors, Integer likelihood, Integer impact) {
        errors.rejectIf(
                        (likelihood == null) != (impact == null),
                        likelihood == null ? "residualLikelihood" : "residualImpact",
                        "risk.edit.residualBoth")
                .rejectIf(
                        likelihood != null && !RiskScore.inRange(likelihood),
                        "residualLikelihood",
                        "risk.edit.likelihoodRange")
                .rejectIf(impact != null && !RiskScore.inRange(impact), "residualImpact", "risk.edit.impactRange");
    }

    /** The text stripped, or null when blank. */
    static String optional(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static boolean tooLong(String s, int max) {
        return s != null && s.strip().length() > max;
    }
}
