package scot.cairn.report;

import java.time.LocalDate;
import java.util.List;
import scot.cairn.identity.CurrentUser;

/**
 * One section's facts for a period, as lines of words, found through the module that knows them and as the person
 * generating the report may read them.
 */
interface Facts {

    ReportSection section();

    /** The lines of the section for the period from {@code from} to {@code to}, both included; never empty. */
    List<String> of(long partnershipId, LocalDate from, LocalDate to, CurrentUser user);

    /** Facts of one kind named in a section, at most. */
    int NAMED = 10;

    /** Adds the first {@link #NAMED} of {@code found} to {@code lines}, and a line saying how many more there are. */
    static void named(List<String> lines, List<String> found, ReportWords words) {
        found.stream().limit(NAMED).forEach(lines::add);
        if (found.size() > NAMED) {
            lines.add(words.of("report.facts.andMore", found.size() - NAMED));
        }
    }

    static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }
}
