package scot.cairn.partnership;

import java.util.List;

/** A person's home page: their to-do list, then each list of the open work they own, soonest due first. */
public record Home(ToDo toDo, List<OwnList> own) {

    /**
     * One module's list of what the person owns, at most {@link ToDo#SHOWN} items with how many more there are.
     *
     * @param headingKey the bundle key of the list's heading
     * @param noneKey the bundle key of the words shown when it is empty
     */
    public record OwnList(String headingKey, String noneKey, List<ToDoItem> items, int more) {}
}
