package scot.cairn.outcome;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import scot.cairn.platform.Message;
import scot.cairn.platform.Numbers;

/**
 * Checks measurement rows against a partnership's indicators (found by name, ignoring case), the Pilot stage dates when
 * both are known, today (a period is measured once it is over), the values already recorded, and the rows before it
 * in the same file. Keeps the keys it has seen, so use one checker per file.
 */
final class RowChecker {

    private final Map<String, Indicator> indicators = new HashMap<>();
    private final LocalDate pilotStart;
    private final LocalDate pilotEnd;
    private final Set<String> recorded;
    private final LocalDate today;
    private final Map<String, Integer> seen = new HashMap<>();

    /**
     * @param recorded keys ({@link #key}) of the measurements already stored
     * @param pilot the Pilot stage's dates; when not known, periods are not checked against the Pilot stage
     */
    RowChecker(Collection<Indicator> indicators, PilotWindow pilot, Set<String> recorded, LocalDate today) {
        indicators.forEach(i -> this.indicators.put(i.name().strip().toLowerCase(Locale.ROOT), i));
        this.pilotStart = pilot.start();
        this.pilotEnd = pilot.end();
        this.recorded = recorded;
        this.today = today;
    }

    /** The refusal for values of a period that is not over yet. */
    static Message notEnded(Period period) {
        return Message.of("outcome.measurements.notEnded", period.toString());
    }

    static String key(long indicatorId, String period, String breakdown) {
        return indicatorId + "|" + period + "|" + breakdown;
    }

    CheckedRow check(int line, MeasurementRow row) {
        var errors = new LinkedHashMap<String, Message>();
        var indicator = indicator(row.indicator(), errors);
        var period = period(row.period(), indicator, errors);
        var value = value(row.value(), indicator, errors);
        // Keys outcome.import.breakdownTooLong, outcome.import.sourceTooLong and outcome.import.notesTooLong.
        length(row.breakdown(), 120, "breakdown", errors);
        length(row.source(), 300, "source", errors);
        length(row.notes(), 2000, "notes", errors);
        var checked = new CheckedRow(line, row, indicator == null ? null : indicator.id(), period, value, errors);
        if (indicator != null && period != null) {
            String key = key(indicator.id(), period.toString(), checked.breakdown());
            var earlier = seen.putIfAbsent(key, line);
            if (earlier != null) {
                errors.putIfAbsent("period", Message.of("outcome.import.repeats", earlier));
            } else if (recorded.contains(key)) {
                errors.putIfAbsent(
                        "period",
                        checked.breakdown().isEmpty()
                                ? Message.of("outcome.import.recorded", indicator.name(), period.toString())
                                : Message.of(
                                        "outcome.import.recordedPart",
                                        indicator.name(),
                                        period.toString(),
                                        checked.breakdown()));
            }
        }
        return checked;
    }

    /** Reads a value as entered: a plain number, optionally with thousands commas; at most 4 decimal places. */
    static Optional<BigDecimal> number(String text) {
        return Numbers.read(text, 15, 4);
    }

    /** What is wrong with a value typed for the indicator, or null when it is a good value. */
    static Message valueProblem(String text, Indicator indicator) {
        var problem = Numbers.problem(text, 15, 4);
        if (problem != null) {
            return problem;
        }
        if (indicator != null
                && indicator.measure().neverNegative()
                && number(text).orElseThrow().signum() < 0) {
            return Message.of("outcome.measurement.negative", indicator.name(), indicator.unit());
        }
        return null;
    }

    private Indicator indicator(String name, Map<String, Message> errors) {
        if (name == null || name.isBlank()) {
            errors.put("indicator", Message.of("outcome.import.indicatorMissing"));
            return null;
        }
        var found = indicators.get(name.strip().toLowerCase(Locale.ROOT));
        if (found == null) {
            errors.put("indicator", Message.of("outcome.import.noSuchIndicator", name.strip()));
        }
        return found;
    }

    private Period period(String text, Indicator indicator, Map<String, Message> errors) {
        var period = Period.parse(text);
        if (period.isEmpty()) {
            errors.put("period", Period.HOW);
            return null;
        }
        var p = period.get();
        if (indicator != null && indicator.frequency() != p.frequency()) {
            errors.put(
                    "period",
                    Message.of(
                            indicator.frequency() == Frequency.MONTHLY
                                    ? "outcome.import.monthly"
                                    : "outcome.import.quarterly",
                            indicator.name()));
        }
        if (!p.end().isBefore(today)) {
            errors.putIfAbsent("period", notEnded(p));
        }
        if (pilotStart != null && pilotEnd != null && !p.overlaps(pilotStart, pilotEnd)) {
            errors.putIfAbsent(
                    "period",
                    Message.of("outcome.import.outsidePilot", p.toString(), date(pilotStart), date(pilotEnd)));
        }
        return p;
    }

    private static BigDecimal value(String text, Indicator indicator, Map<String, Message> errors) {
        if (text == null || text.isBlank()) {
            errors.put("value", Message.of("outcome.import.valueMissing"));
            return null;
        }
        var problem = valueProblem(text, indicator);
        if (problem != null) {
            errors.put("value", Message.of("platform.labelled", Message.of("outcome.import.value"), problem));
            return null;
        }
        return number(text).orElse(null);
    }

    private static void length(String text, int max, String field, Map<String, Message> errors) {
        if (text != null && text.strip().length() > max) {
            errors.put(field, Message.of("outcome.import." + field + "TooLong", max));
        }
    }

    /**
     * A date as a message argument: midday UTC on the day, so that the bundles' {@code {1,date,d MMMM yyyy}} shows
     * the same day in any time zone near the UK's, with the month named in the reader's language.
     */
    private static java.util.Date date(LocalDate day) {
        return java.util.Date.from(day.atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC));
    }
}
