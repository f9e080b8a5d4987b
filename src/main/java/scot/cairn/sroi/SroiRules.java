package scot.cairn.sroi;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import scot.cairn.platform.HiddenCharacters;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.Limit;
import scot.cairn.platform.Message;

/**
 * The rules for what people enter, with every problem at once. Row and input messages name the row ("Row 3:
 * deadweight must be between 0 and 100%") and their fields are {@code rows[2].deadweight} / {@code inputs[0].cash}
 * (0-based), so a form or an API client can put each message beside its field. Numbers must fit their columns
 * (money {@code numeric(19,2)}, quantities {@code numeric(19,4)}, percentages four decimal places). The limits on how
 * many rows, inputs and analyses there may be are here too, so that the API, the pages and the workbook import share
 * them.
 */
final class SroiRules {

    static final int MAX_TEXT = 200;
    /** Rows of one impact map: the analysis page, its calculation and the PDF report are measured at this size. */
    static final Limit ROWS = new Limit(2_000, "sroi.limit.rows");
    /** Inputs (cash and in kind per stakeholder) of one analysis. */
    static final Limit INPUTS = new Limit(500, "sroi.limit.inputs");
    /** Analyses of one partnership, drafts and copies included. */
    static final Limit ANALYSES = new Limit(200, "sroi.limit.analyses");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private SroiRules() {}

    static void checkDetails(AnalysisDetails d) {
        var errors = new LinkedHashMap<String, Message>();
        String title = d.title();
        if (title == null || title.isBlank()) {
            errors.put("title", Message.of("sroi.rules.titleMissing"));
        } else if (title.strip().length() > MAX_TEXT) {
            errors.put("title", Message.of("sroi.rules.titleTooLong", MAX_TEXT));
        } else if (HiddenCharacters.hasNul(title)) {
            errors.put("title", Message.of("sroi.rules.titleNul"));
        }
        reject(errors, d.kind() == null, "kind", Message.of("sroi.rules.kind"));
        reject(errors, d.periodFrom() == null, "periodFrom", Message.of("sroi.rules.periodFrom"));
        reject(errors, d.periodTo() == null, "periodTo", Message.of("sroi.rules.periodTo"));
        reject(
                errors,
                d.periodFrom() != null && d.periodTo() != null && !d.periodTo().isAfter(d.periodFrom()),
                "periodTo",
                Message.of("sroi.rules.periodOrder"));
        var rate = d.discountRate();
        if (rate == null) {
            errors.put("discountRate", Message.of("sroi.rules.discountRate.missing"));
        } else if (rate.signum() < 0 || rate.compareTo(HUNDRED) > 0) {
            errors.put("discountRate", Message.of("sroi.rules.discountRate.range"));
        } else if (rate.signum() != 0 && rate.stripTrailingZeros().scale() > 4) {
            errors.put("discountRate", Message.of("sroi.rules.discountRate.decimals", 4));
        }
        reject(errors, d.discountFirstYear() == null, "discountFirstYear", Message.of("sroi.rules.firstYear"));
        reject(errors, d.deductions() == null, "deductions", Message.of("sroi.rules.deductions"));
        reject(errors, d.dropOff() == null, "dropOff", Message.of("sroi.rules.dropOff"));
        throwIfAny(errors);
    }

    static Map<String, Message> inputErrors(int index, InputDetails d) {
        var errors = new LinkedHashMap<String, Message>();
        String at = "inputs[" + index + "].";
        var label = Message.of("sroi.rules.input", index + 1);
        text(errors, at + "stakeholder", d.stakeholder(), label, "sroi.rules.investor", "sroi.field.stakeholder");
        optionalText(errors, at + "description", d.description(), 500, label, "sroi.field.description");
        money(errors, at + "cash", label, d.cash(), "sroi.field.cash");
        money(errors, at + "inKind", label, d.inKind(), "sroi.field.inKind");
        return errors;
    }

    static Map<String, Message> rowErrors(int index, RowDetails d, Set<Long> indicatorIds) {
        var errors = new LinkedHashMap<String, Message>();
        String at = "rows[" + index + "].";
        var label = Message.of("sroi.rules.row", index + 1);
        var source = d.quantitySource() == null ? QuantitySource.ENTERED : d.quantitySource();
        text(errors, at + "stakeholder", d.stakeholder(), label, null, "sroi.field.stakeholder");
        text(errors, at + "outcome", d.outcome(), label, null, "sroi.field.outcome");
        if (!source.fromIndicator() || (d.indicator() != null && !d.indicator().isBlank())) {
            text(errors, at + "indicator", d.indicator(), label, null, "sroi.field.indicator");
        }
        if (source.fromIndicator()) {
            reject(
                    errors,
                    d.indicatorId() == null || !indicatorIds.contains(d.indicatorId()),
                    at + "indicatorId",
                    labelled(label, Message.of("sroi.rules.indicatorId")));
        } else if (d.quantity() == null) {
            errors.put(at + "quantity", labelled(label, enter("sroi.field.quantity")));
        } else {
            reject(
                    errors,
                    d.quantity().signum() < 0,
                    at + "quantity",
                    labelled(label, Message.of("sroi.rules.negative", Message.of("sroi.field.quantity"))));
            digits(errors, at + "quantity", label, "sroi.field.quantity", d.quantity(), 15, 4);
        }
        reject(
                errors,
                d.durationYears() == null || d.durationYears() < 1 || d.durationYears() > ImpactRow.MAX_DURATION_YEARS,
                at + "durationYears",
                labelled(label, Message.of("sroi.rules.duration", ImpactRow.MAX_DURATION_YEARS)));
        money(errors, at + "proxyValue", label, d.proxyValue(), "sroi.field.proxyValue");
        optionalText(errors, at + "proxyDescription", d.proxyDescription(), 300, label, "sroi.field.proxyDescription");
        optionalText(errors, at + "proxyUnit", d.proxyUnit(), 100, label, "sroi.field.proxyUnit");
        text(errors, at + "proxySource", d.proxySource(), label, "sroi.rules.proxySource", "sroi.field.proxySource");
        reject(
                errors,
                d.proxyBaseYear() != null && (d.proxyBaseYear() < 1900 || d.proxyBaseYear() > 2100),
                at + "proxyBaseYear",
                labelled(label, Message.of("sroi.rules.baseYear")));
        percent(errors, at + "deadweight", label, d.deadweight(), "sroi.field.deadweight");
        percent(errors, at + "displacement", label, d.displacement(), "sroi.field.displacement");
        percent(errors, at + "attribution", label, d.attribution(), "sroi.field.attribution");
        percent(errors, at + "dropOff", label, d.dropOff(), "sroi.field.dropOff");
        return errors;
    }

    /** Checks all rows of a map; nothing is saved unless every row is right. */
    static void checkRows(List<RowDetails> rows, int firstIndex, Set<Long> indicatorIds) {
        var errors = new LinkedHashMap<String, Message>();
        for (int i = 0; i < rows.size(); i++) {
            errors.putAll(rowErrors(firstIndex + i, rows.get(i), indicatorIds));
        }
        throwIfAny(errors);
    }

    static void checkInput(int index, InputDetails d) {
        throwIfAny(inputErrors(index, d));
    }

    /** "Row 3: deadweight must be between 0 and 100%": the row or input, then the rule. */
    private static Message labelled(Message label, Message rule) {
        return Message.of("platform.labelled", label, rule);
    }

    private static Message enter(String field) {
        return Message.of("sroi.rules.enter", Message.of(field));
    }

    /** A text that must be there; {@code missing} is the key of its refusal when blank, or null for "enter the ...". */
    private static void text(
            Map<String, Message> errors, String field, String value, Message label, String missing, String what) {
        if (value == null || value.isBlank()) {
            errors.put(field, labelled(label, missing == null ? enter(what) : Message.of(missing)));
        } else {
            optionalText(errors, field, value, MAX_TEXT, label, what);
        }
    }

    /** A text that may be blank; a spreadsheet cell can carry a NUL that no form or JSON body lets through. */
    private static void optionalText(
            Map<String, Message> errors, String field, String value, int max, Message label, String what) {
        if (value != null && value.strip().length() > max) {
            errors.put(field, labelled(label, Message.of("sroi.rules.tooLong", Message.of(what), max)));
        } else if (HiddenCharacters.hasNul(value)) {
            errors.put(field, labelled(label, Message.of("sroi.rules.nul", Message.of(what))));
        }
    }

    private static void money(Map<String, Message> errors, String field, Message label, BigDecimal value, String what) {
        if (value == null) {
            errors.put(field, labelled(label, enter(what)));
        } else if (value.signum() < 0) {
            errors.put(field, labelled(label, Message.of("sroi.rules.negative", Message.of(what))));
        } else {
            digits(errors, field, label, what, value, 17, 2);
        }
    }

    /**
     * Refuses a number its column cannot hold, such as a proxy value of a billion billion pounds, or more decimal places
     * than it keeps (which the database would round away unseen). Counts digits without writing the number out.
     */
    private static void digits(
            Map<String, Message> errors,
            String field,
            Message label,
            String what,
            BigDecimal value,
            int whole,
            int decimals) {
        if (value.signum() == 0) {
            return;
        }
        reject(
                errors,
                value.stripTrailingZeros().scale() > decimals,
                field,
                labelled(label, Message.of("sroi.rules.decimals", Message.of(what), decimals)));
        reject(
                errors,
                value.precision() - value.scale() > whole,
                field,
                labelled(label, Message.of("sroi.rules.digits", Message.of(what), whole)));
    }

    private static void percent(
            Map<String, Message> errors, String field, Message label, BigDecimal value, String what) {
        if (value == null) {
            errors.put(field, labelled(label, Message.of("sroi.rules.percentMissing", Message.of(what))));
        } else if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            errors.put(field, labelled(label, Message.of("sroi.rules.percentRange", Message.of(what))));
        } else {
            digits(errors, field, label, what, value, 3, 4);
        }
    }

    private static void reject(Map<String, Message> errors, boolean condition, String field, Message message) {
        if (condition) {
            errors.putIfAbsent(field, message);
        }
    }

    static void throwIfAny(Map<String, Message> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
