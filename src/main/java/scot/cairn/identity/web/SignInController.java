package scot.cairn.identity.web;

import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page. Spring Security handles the form post itself. */
@Controller
class SignInController {

    @GetMapping("/sign-in")
    String signIn(@RequestParam Map<String, String> params, Model model) {
        if (params.containsKey("locked")) {
            model.addAttribute("problem", "identity.signIn.locked");
        } else if (params.containsKey("error")) {
            model.addAttribute("problem", "identity.signIn.wrong");
        }
        model.addAttribute("signedOut", params.containsKey("signedOut"));
        return "identity/sign-in";
    }
}
