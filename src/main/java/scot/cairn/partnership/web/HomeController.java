package scot.cairn.partnership.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.ToDoService;

/** The home page of a signed-in person: what needs them and what they wait on, across their partnerships. */
@Controller
class HomeController {

    private final ToDoService toDo;

    HomeController(ToDoService toDo) {
        this.toDo = toDo;
    }

    @GetMapping("/")
    String home(CurrentUser user, Model model) {
        var home = toDo.home(user);
        model.addAttribute("todo", home.toDo());
        model.addAttribute("own", home.own());
        return "partnership/home";
    }
}
