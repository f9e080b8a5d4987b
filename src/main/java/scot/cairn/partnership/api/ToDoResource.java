package scot.cairn.partnership.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import scot.cairn.partnership.ToDo;
import scot.cairn.partnership.ToDoItem;
import scot.cairn.partnership.WorkKind;
import scot.cairn.platform.web.Texts;

/**
 * A person's to-do list: what waits on them and what they wait on from others, each most urgent first and at most
 * {@link ToDo#SHOWN} items, with how many more there are.
 */
@Schema(name = "ToDo")
record ToDoResource(
        List<ItemResource> waitingOnYou, int moreOnYou, List<ItemResource> waitingOnOthers, int moreOnOthers) {

    static ToDoResource from(ToDo todo, Texts words) {
        return new ToDoResource(
                todo.waitingOnYou().stream()
                        .map(i -> ItemResource.from(i, words))
                        .toList(),
                todo.moreOnYou(),
                todo.waitingOnOthers().stream()
                        .map(i -> ItemResource.from(i, words))
                        .toList(),
                todo.moreOnOthers());
    }

    /** One thing to do, or waited on. */
    @Schema(name = "ToDoItem")
    record ItemResource(
            WorkKind kind,
            long partnershipId,
            String partnershipTitle,

            @Schema(description = "What to do, or what it waits on, in the language of Accept-Language")
            String text,

            @Schema(description = "The page where one acts, relative to the site")
            String href,

            @Schema(description = "When it should be done by; absent when nothing sets a date")
            LocalDate due,

            boolean overdue) {

        static ItemResource from(ToDoItem i, Texts words) {
            return new ItemResource(
                    i.kind(),
                    i.partnershipId(),
                    i.partnershipTitle(),
                    words.of(i.what()),
                    i.href(),
                    i.due(),
                    i.overdue());
        }
    }
}
