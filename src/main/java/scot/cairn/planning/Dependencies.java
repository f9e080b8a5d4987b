package scot.cairn.planning;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finish-to-start dependencies between tasks, as a graph of task numbers: which tasks each waits for. Spring-free.
 */
final class Dependencies {

    private Dependencies() {}

    /**
     * The first task on a cycle that giving {@code task} the dependencies {@code dependsOn} would close, if any: a task
     * may not wait, directly or through others, for itself.
     *
     * @param graph every other task's dependencies, by number
     */
    static Optional<Long> cycle(long task, Set<Long> dependsOn, Map<Long, Set<Long>> graph) {
        var seen = new HashSet<Long>();
        var todo = new ArrayDeque<Long>(dependsOn);
        while (!todo.isEmpty()) {
            long next = todo.pop();
            if (next == task) {
                return Optional.of(next);
            }
            if (seen.add(next)) {
                todo.addAll(graph.getOrDefault(next, Set.of()));
            }
        }
        return Optional.empty();
    }

    /** The numbers in {@code wanted} that name no task of {@code known}, in the order given. */
    static List<Long> unknown(List<Long> wanted, Set<Long> known) {
        return wanted.stream().filter(n -> !known.contains(n)).toList();
    }
}
