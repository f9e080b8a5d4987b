package scot.cairn.partnership;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A person's to-do list: what waits on them and what they wait on from others, each most urgent first (overdue first,
 * oldest due first; then due soonest; then undated) and at most {@link #SHOWN} items, with how many more there are.
 */
public record ToDo(List<ToDoItem> waitingOnYou, int moreOnYou, List<ToDoItem> waitingOnOthers, int moreOnOthers) {

    /** How many items each part shows. */
    public static final int SHOWN = PartnershipLimits.TO_DO_SHOWN;

    static final Comparator<ToDoItem> URGENCY = Comparator.comparing(
                    ToDoItem::due, Comparator.nullsLast(Comparator.<java.time.LocalDate>naturalOrder()))
            .thenComparing(ToDoItem::partnershipTitle, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(ToDoItem::partnershipId)
            .thenComparing(ToDoItem::kind);

    public ToDo {
        waitingOnYou = List.copyOf(waitingOnYou);
        waitingOnOthers = List.copyOf(waitingOnOthers);
    }

    /** The list of what the modules found on the desk, sorted and cut to {@link #SHOWN} each. */
    static ToDo of(Desk desk, List<Waiting> found) {
        var yours = items(desk, found, Turn.YOURS);
        var others = items(desk, found, Turn.OTHERS);
        return new ToDo(
                yours.stream().limit(SHOWN).toList(),
                Math.max(0, yours.size() - SHOWN),
                others.stream().limit(SHOWN).toList(),
                Math.max(0, others.size() - SHOWN));
    }

    public boolean isEmpty() {
        return waitingOnYou.isEmpty() && waitingOnOthers.isEmpty();
    }

    static List<ToDoItem> items(Desk desk, List<Waiting> found, Turn turn) {
        Map<Long, Desk.Place> places = desk.places();
        return found.stream()
                .filter(w -> w.turn() == turn && places.containsKey(w.partnershipId()))
                .map(w -> new ToDoItem(
                        w.kind(),
                        w.partnershipId(),
                        places.get(w.partnershipId()).title(),
                        w.what(),
                        w.href(),
                        w.due(),
                        w.due() != null && w.due().isBefore(desk.today())))
                .sorted(URGENCY)
                .toList();
    }
}
