package scot.cairn.partnership.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.ToDoService;
import scot.cairn.platform.web.Texts;

/** The signed-in person's to-do list across their partnerships, as on the home page. */
@RestController
@RequestMapping(path = "/api/v1/me", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "To-do")
class ToDoApiController {

    private final ToDoService toDo;
    private final Texts words;

    ToDoApiController(ToDoService toDo, Texts words) {
        this.toDo = toDo;
        this.words = words;
    }

    @GetMapping("/to-do")
    @Operation(
            summary = "Read what needs you",
            description = "Across the open partnerships you take part in (as manager or member): documents to sign;"
                    + " decisions, periods, SROI analyses, reviews and gates to approve; periods to submit; and what"
                    + " waits on others after your part of a joint approval. Most urgent first: overdue (oldest due"
                    + " first), then due soonest, then undated; at most 200 items in each list, with how many more.")
    ToDoResource toDo(CurrentUser user) {
        return ToDoResource.from(toDo.forPerson(user), words);
    }
}
