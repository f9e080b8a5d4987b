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

    static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }
}
