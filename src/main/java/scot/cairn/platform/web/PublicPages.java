package scot.cairn.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Pages anyone may read, signed in or not. */
@Controller
class PublicPages {

    @GetMapping("/")
    String home() {
        return "redirect:/partnerships";
    }

    @GetMapping("/accessibility")
    String accessibility() {
        return "accessibility";
    }
}
