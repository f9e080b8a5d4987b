package scot.cairn.engagement.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import scot.cairn.engagement.PublicPageService;

/** A partnership's public page, for anyone, without an account or JavaScript; 404 unless the board turned it on. */
@Controller
class PublicPartnershipController {

    private final PublicPageService page;

    PublicPartnershipController(PublicPageService page) {
        this.page = page;
    }

    @GetMapping("/public/partnerships/{id}")
    String page(@PathVariable long id, Model model) {
        model.addAttribute("pp", page.page(id));
        return "engagement/public";
    }
}
