package scot.cairn.planning;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import scot.cairn.partnership.PartnershipView;
import scot.cairn.partnership.Stage;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.Message;
import scot.cairn.platform.SheetFile;

/**
 * Files of tasks to import ({@link SheetFile}): columns title, owner, start and due (required) and workstream, package,
 * stage and after (optional), at most {@link PlanLimits#IMPORT_ROWS} rows. An owner is named by full name or email
 * address; dates are written 2027-03-01 or 1/3/2027; a package as WP-2; a stage by its English name; after lists the
 * existing tasks the row waits for (T-3, T-5). Each row is checked by the plan's own {@link TaskRules}.
 */
final class TaskFiles {

    static final SheetFile LAYOUT = new SheetFile(
            List.of("title", "owner", "start", "due", "workstream", "package", "stage", "after"),
            4,
            PlanLimits.IMPORT_ROWS,
            "planning.import.");

    /** The column of each field of {@link TaskDetails}, for the rules' refusals. */
    private static final Map<String, String> COLUMN_OF = Map.of(
            "title", "title",
            "ownerId", "owner",
            "start", "start",
            "due", "due",
            "workstream", "workstream",
            "workPackageId", "package",
            "stage", "stage",
            "dependsOn", "after");

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("d/M/uuuu");

    private TaskFiles() {}

    /**
     * Checks every row; the rows are numbered as new tasks from {@code firstNumber}.
     *
     * @param people who takes part, to find owners by name or email
     */
    static List<CheckedTask> check(
            List<Map<String, String>> rows,
            TaskRules rules,
            List<PartnershipView.MemberView> people,
            long firstNumber) {
        var checked = new ArrayList<CheckedTask>();
        for (int i = 0; i < rows.size(); i++) {
            checked.add(check(i + 2, rows.get(i), rules, people, firstNumber + i));
        }
        return checked;
    }

    private static CheckedTask check(
            int line,
            Map<String, String> cells,
            TaskRules rules,
            List<PartnershipView.MemberView> people,
            long number) {
        var errors = new LinkedHashMap<String, Message>();
        var owner = owner(cells.get("owner"), people, errors);
        var start = date(cells.get("start"), "start", errors);
        var due = date(cells.get("due"), "due", errors);
        var stage = stage(cells.get("stage"), errors);
        var workPackage = workPackage(cells.get("package"), rules, errors);
        var details = new TaskDetails(
                cells.get("title"),
                cells.get("workstream"),
                stage,
                owner,
                start,
                due,
                after(cells.get("after")),
                workPackage);
        if (errors.isEmpty()) {
            try {
                details = rules.check(number, details).details();
            } catch (InvalidInputException e) {
                e.fieldErrors().forEach((field, m) -> errors.putIfAbsent(COLUMN_OF.getOrDefault(field, "title"), m));
            }
        }
        return new CheckedTask(line, cells, errors.isEmpty() ? details : null, Map.copyOf(errors));
    }

    private static Long owner(String named, List<PartnershipView.MemberView> people, Map<String, Message> errors) {
        if (named == null || named.isBlank()) {
            return null;
        }
        var wanted = named.strip();
        var found = people.stream()
                .filter(p -> p.fullName().equalsIgnoreCase(wanted) || wanted.equalsIgnoreCase(p.email()))
                .map(PartnershipView.MemberView::personId)
                .distinct()
                .toList();
        if (found.size() != 1) {
            errors.put(
                    "owner",
                    Message.of(found.isEmpty() ? "planning.import.noSuchOwner" : "planning.import.ownerTwice", wanted));
            return null;
        }
        return found.get(0);
    }

    private static LocalDate date(String text, String column, Map<String, Message> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        var t = text.strip();
        try {
            return t.contains("/") ? LocalDate.parse(t, UK) : LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            errors.put(column, Message.of("planning.import.date", t));
            return null;
        }
    }

    private static Stage stage(String text, Map<String, Message> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Stage.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.put("stage", Message.of("planning.import.noSuchStage", text.strip()));
            return null;
        }
    }

    private static Long workPackage(String text, TaskRules rules, Map<String, Message> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        var number = text.strip().replaceFirst("(?i)^WP-", "");
        var found = rules.packages().values().stream()
                .filter(p -> Long.toString(p.number()).equals(number))
                .findFirst();
        if (found.isEmpty()) {
            errors.put("package", Message.of("planning.import.noSuchPackage", text.strip()));
            return null;
        }
        return found.get().id();
    }

    /** The task numbers of "T-3, T-5"; a piece that is not one is 0, which the rules refuse. */
    private static List<Long> after(String text) {
        var numbers = new ArrayList<Long>();
        if (text != null) {
            for (var piece : text.split("[,;\\s]+")) {
                if (!piece.isBlank()) {
                    try {
                        numbers.add(Long.valueOf(piece.strip().replaceFirst("^[Tt]-", "")));
                    } catch (NumberFormatException notANumber) {
                        numbers.add(0L);
                    }
                }
            }
        }
        return numbers;
    }
}
