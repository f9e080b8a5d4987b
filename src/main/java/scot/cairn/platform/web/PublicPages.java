package scot.cairn.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Pages anyone may read, signed in or not. The home page is the partnership module's to-do list. */
@Controller
class PublicPages {

    @GetMapping("/accessibility")
    String accessibility() {
        return "accessibility";
    }
}
