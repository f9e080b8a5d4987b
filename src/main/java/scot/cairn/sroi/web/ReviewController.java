package scot.cairn.sroi.web;

import java.util.List;
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
import scot.cairn.partnership.Editors;
import scot.cairn.partnership.PartnershipScope;
import scot.cairn.partnership.PartnershipService;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.Message;
import scot.cairn.platform.web.Forms;
import scot.cairn.platform.web.Option;
import scot.cairn.sroi.AnalysisType;
import scot.cairn.sroi.ReviewDetails;
import scot.cairn.sroi.ReviewService;
import scot.cairn.sroi.SroiReviewView;
import scot.cairn.sroi.SroiSummary;

/** Forecast against actual: the quarters and their reviews, a review with its comparison, the review form, signing. */
@Controller
class ReviewController {

    /** What the review form sends. */
    record ReviewForm(String quarter, Long forecastId, Long evaluativeId, String note) {

        ReviewDetails details() {
            return new ReviewDetails(quarter, forecastId, evaluativeId, note);
        }

        static ReviewForm of(SroiReviewView r) {
            return new ReviewForm(
                    r.quarter().toString(), r.forecast().id(), r.evaluative().id(), r.note());
        }
    }

    private final PartnershipService partnerships;
    private final ReviewService reviews;
    private final PartnershipScope scope;

    ReviewController(PartnershipService partnerships, ReviewService reviews, PartnershipScope scope) {
        this.scope = scope;
        this.partnerships = partnerships;
        this.reviews = reviews;
    }

    static String base(long id) {
        return "/partnerships/" + id + "/sroi/reviews";
    }

    @GetMapping("/partnerships/{id}/sroi/reviews")
    String list(@PathVariable long id, CurrentUser user, Model model) {
        model.addAttribute("p", partnerships.get(id, user));
        model.addAttribute("overview", reviews.overview(id, user));
        return "sroi/reviews";
    }

    @GetMapping("/partnerships/{id}/sroi/reviews/new")
    String newForm(
            @PathVariable long id, @RequestParam(required = false) String quarter, CurrentUser user, Model model) {
        model.addAttribute("form", new ReviewForm(quarter, null, null, null));
        return formPage(id, null, null, user, model);
    }

    @PostMapping("/partnerships/{id}/sroi/reviews/new")
    String create(
            @PathVariable long id,
            @ModelAttribute("form") ReviewForm form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        var made = new SroiReviewView[1];
        if (Forms.submit(result, () -> made[0] = reviews.create(id, form.details(), user))) {
            redirect.addFlashAttribute("done", Message.of("sroi.reviewForm.created"));
            return "redirect:" + base(id) + "/" + made[0].id();
        }
        return formPage(id, null, null, user, model);
    }

    @GetMapping("/partnerships/{id}/sroi/reviews/{reviewId}")
    String review(@PathVariable long id, @PathVariable long reviewId, CurrentUser user, Model model) {
        return page(id, reviewId, user, model);
    }

    @GetMapping("/partnerships/{id}/sroi/reviews/{reviewId}/edit")
    String editForm(@PathVariable long id, @PathVariable long reviewId, CurrentUser user, Model model) {
        var r = editable(reviews.review(id, reviewId, user), user);
        model.addAttribute("form", ReviewForm.of(r));
        return formPage(id, r, r.version(), user, model);
    }

    @PostMapping("/partnerships/{id}/sroi/reviews/{reviewId}/edit")
    String edit(
            @PathVariable long id,
            @PathVariable long reviewId,
            @RequestParam(required = false) Integer version,
            @ModelAttribute("form") ReviewForm form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        editable(reviews.review(id, reviewId, user), user);
        if (Forms.submit(result, () -> reviews.update(id, reviewId, version, form.details(), user))) {
            redirect.addFlashAttribute("done", Message.of("sroi.reviewForm.saved"));
            return "redirect:" + base(id) + "/" + reviewId;
        }
        return formPage(id, editable(reviews.review(id, reviewId, user), user), version, user, model);
    }

    @PostMapping("/partnerships/{id}/sroi/reviews/{reviewId}/sign")
    String sign(
            @PathVariable long id,
            @PathVariable long reviewId,
            @RequestParam(required = false) Integer version,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        if (SroiPages.button("sign", () -> reviews.sign(id, reviewId, version, user), model)) {
            redirect.addFlashAttribute("done", Message.of("sroi.review.signed"));
            return "redirect:" + base(id) + "/" + reviewId;
        }
        return page(id, reviewId, user, model);
    }

    private String page(long id, long reviewId, CurrentUser user, Model model) {
        model.addAttribute("r", reviews.review(id, reviewId, user));
        return "sroi/review";
    }

    /**
     * Refuses the edit form with the true reason: the access model's, or the lock of a signed-off review (a refusal
     * page that says so, where the API answers 409 with its own title).
     */
    private SroiReviewView editable(SroiReviewView r, CurrentUser user) {
        scope.requireEdit(r.partnershipId(), user, Editors.EVIDENCE);
        if (r.signedOff()) {
            throw InvalidInputException.of("", "sroi.review.locked");
        }
        return r;
    }

    private String formPage(long id, SroiReviewView r, Integer version, CurrentUser user, Model model) {
        model.addAttribute("p", scope.requireEdit(id, user, Editors.EVIDENCE).partnership());
        model.addAttribute("r", r).addAttribute("version", version);
        model.addAttribute("forecasts", options(reviews.choices(id, AnalysisType.FORECAST, user)));
        model.addAttribute("evaluations", options(reviews.choices(id, AnalysisType.EVALUATIVE, user)));
        return "sroi/review-form";
    }

    private static List<Option> options(List<SroiSummary> analyses) {
        return analyses.stream()
                .map(a -> new Option(
                        String.valueOf(a.id()),
                        Message.of(
                                "sroi.reviewForm.option",
                                a.title(),
                                a.periodFrom(),
                                a.periodTo(),
                                Message.of(a.status().labelKey()))))
                .toList();
    }
}
