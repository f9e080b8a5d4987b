package scot.cairn.outcome;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.Message;
import scot.cairn.platform.Numbers;

/**
 * What a user enters as sustainability evidence, all as typed: the pilot budget in pounds, the number of participants,
 * the narrative on financial viability and on what funders need, and up to {@link #MAX_METRICS} named figures. Any
 * of them may be blank. Numbers are read as {@link Numbers} reads them ("1,500" is 1500; "1,5" is refused) and must
 * fit their columns. Errors are keyed by field: {@code pilotBudget}, {@code participants}, {@code viability},
 * {@code funderNeeds}, and {@code metric<n>Name}, {@code metric<n>Value}, {@code metric<n>Unit} counting from 1.
 */
public record SustainabilityDetails(
        String pilotBudget, String participants, String viability, String funderNeeds, List<MetricDetails> metrics) {

    public static final int MAX_METRICS = OutcomeLimits.METRICS.max();
    static final int MAX_TEXT = 4000;
    private static final Message BUDGET = Message.of("outcome.sustainability.budgetInvalid");
    private static final Message PARTICIPANTS = Message.of("outcome.sustainability.participantsInvalid");

    /** One figure as typed; a row with all three blank is ignored. */
    public record MetricDetails(String name, String value, String unit) {

        boolean blank() {
            return Texts.optional(name) == null && Texts.optional(value) == null && Texts.optional(unit) == null;
        }
    }

    /** The details once checked: numbers parsed, texts stripped (null when blank), blank metric rows left out. */
    record Checked(
            BigDecimal pilotBudget,
            Integer participants,
            String viability,
            String funderNeeds,
            List<Sustainability.Metric> metrics) {}

    /** The checked details; throws with every problem at once when anything is wrong. */
    Checked check() {
        var errors = new LinkedHashMap<String, Message>();
        var budget = money(pilotBudget, errors);
        var people = count(participants, errors);
        var text = text("viability", viability, "outcome.sustainability.viabilityTooLong", errors);
        var needs = text("funderNeeds", funderNeeds, "outcome.sustainability.funderNeedsTooLong", errors);
        var rows = metrics == null ? List.<MetricDetails>of() : metrics;
        if (!OutcomeLimits.METRICS.allows(rows.size())) {
            errors.put("metrics", OutcomeLimits.METRICS.message(rows.size()));
        }
        var checked = new ArrayList<Sustainability.Metric>();
        for (int n = 1; n <= Math.min(rows.size(), MAX_METRICS); n++) {
            var m = rows.get(n - 1);
            if (m != null && !m.blank()) {
                metric(n, m, errors).ifPresent(checked::add);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Checked(budget, people, text, needs, checked);
    }

    private static BigDecimal money(String typed, Map<String, Message> errors) {
        var t = Texts.optional(typed);
        if (t == null) {
            return null;
        }
        var pounds = t.replace("£", "").strip();
        var problem = Numbers.problem(pounds, 17, 2);
        if (problem == null && Numbers.read(pounds, 17, 2).orElseThrow().signum() >= 0) {
            return Numbers.read(pounds, 17, 2).orElseThrow();
        }
        errors.put("pilotBudget", named("outcome.sustainability.pilotBudget", problem, BUDGET));
        return null;
    }

    private static Integer count(String typed, Map<String, Message> errors) {
        var t = Texts.optional(typed);
        if (t == null) {
            return null;
        }
        // Nine digits fit the integer column with room, whatever they are.
        var problem = Numbers.problem(t, 9, 0);
        if (problem == null && Numbers.read(t, 9, 0).orElseThrow().signum() >= 0) {
            return Numbers.read(t, 9, 0).orElseThrow().intValueExact();
        }
        errors.put("participants", named("outcome.sustainability.participants", problem, PARTICIPANTS));
        return null;
    }

    /** The reader's own words when it found a decimal comma or too many digits; otherwise the field's example. */
    private static Message named(String label, Message problem, Message example) {
        return problem == null || Numbers.NOT_A_NUMBER.equals(problem)
                ? example
                : Message.of("platform.labelled", Message.of(label), problem);
    }

    private static String text(String field, String typed, String tooLong, Map<String, Message> errors) {
        var t = Texts.optional(typed);
        if (t != null && t.length() > MAX_TEXT) {
            errors.put(field, Message.of(tooLong, MAX_TEXT));
        }
        return t;
    }

    private static java.util.Optional<Sustainability.Metric> metric(
            int n, MetricDetails m, Map<String, Message> errors) {
        var name = Texts.optional(m.name());
        var unit = Texts.optional(m.unit());
        var value = Texts.optional(m.value()) == null
                ? java.util.Optional.<BigDecimal>empty()
                : RowChecker.number(m.value());
        var problem = Texts.optional(m.value()) == null ? null : Numbers.problem(m.value(), 15, 4);
        int before = errors.size();
        if (name == null) {
            errors.put("metric" + n + "Name", Message.of("outcome.sustainability.metricNameMissing", n));
        } else if (name.length() > 120) {
            errors.put("metric" + n + "Name", Message.of("outcome.sustainability.metricNameTooLong", n, 120));
        }
        if (value.isEmpty()) {
            errors.put(
                    "metric" + n + "Value",
                    problem == null
                                    || Numbers.NOT_A_NUMBER.equals(problem)
                                    || problem.key().equals("platform.number.missing")
                            ? Message.of("outcome.sustainability.metricValueInvalid", n)
                            : Message.of("platform.labelled", Message.of("outcome.sustainability.metric", n), problem));
        }
        if (unit == null) {
            errors.put("metric" + n + "Unit", Message.of("outcome.sustainability.metricUnitMissing", n));
        } else if (unit.length() > 60) {
            errors.put("metric" + n + "Unit", Message.of("outcome.sustainability.metricUnitTooLong", n, 60));
        }
        return errors.size() == before
                ? java.util.Optional.of(new Sustainability.Metric(name, value.get(), unit))
                : java.util.Optional.empty();
    }
}
