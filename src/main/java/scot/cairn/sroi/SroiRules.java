package scot.cairn.sroi;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
        text(errors, "title", d.title(), "Enter a title", "Title");
        reject(errors, d.kind() == null, "kind", "Choose forecast or evaluative");
        reject(errors, d.periodFrom() == null, "periodFrom", "Enter the date the analysis period starts");
        reject(errors, d.periodTo() == null, "periodTo", "Enter the date the analysis period ends");
        reject(
                errors,
                d.periodFrom() != null && d.periodTo() != null && !d.periodTo().isAfter(d.periodFrom()),
                "periodTo",
                "The period must end after it starts");
        percent(errors, "discountRate", "", d.discountRate(), "Discount rate", "discount rate");
        reject(errors, d.discountFirstYear() == null, "discountFirstYear", "Choose whether year 1 is discounted");
        reject(errors, d.deductions() == null, "deductions", "Choose whether deductions are multiplied or added");
        reject(errors, d.dropOff() == null, "dropOff", "Choose compounding or straight-line drop-off");
        throwIfAny(errors);
    }

    static Map<String, Message> inputErrors(int index, InputDetails d) {
        var errors = new LinkedHashMap<String, Message>();
        String at = "inputs[" + index + "].";
        String label = "Input " + (index + 1) + ": ";
        text(
                errors,
                at + "stakeholder",
                d.stakeholder(),
                label + "enter who made the investment",
                label + "stakeholder");
        optionalText(errors, at + "description", d.description(), 500, label, "description");
        money(errors, at + "cash", label, d.cash(), "cash amount");
        money(errors, at + "inKind", label, d.inKind(), "in-kind value");
        return errors;
    }

    static Map<String, Message> rowErrors(int index, RowDetails d, Set<Long> indicatorIds) {
        var errors = new LinkedHashMap<String, Message>();
        String at = "rows[" + index + "].";
        String label = "Row " + (index + 1) + ": ";
        var source = d.quantitySource() == null ? QuantitySource.ENTERED : d.quantitySource();
        text(errors, at + "stakeholder", d.stakeholder(), label + "enter the stakeholder", label + "stakeholder");
        text(errors, at + "outcome", d.outcome(), label + "enter the outcome", label + "outcome");
        if (!source.fromIndicator() || (d.indicator() != null && !d.indicator().isBlank())) {
            text(errors, at + "indicator", d.indicator(), label + "enter the indicator", label + "indicator");
        }
        if (source.fromIndicator()) {
            reject(
                    errors,
                    d.indicatorId() == null || !indicatorIds.contains(d.indicatorId()),
                    at + "indicatorId",
                    label + "choose one of the partnership's indicators to take the quantity from");
        } else if (d.quantity() == null) {
            errors.put(at + "quantity", Message.of(label + "enter the quantity"));
        } else {
            reject(errors, d.quantity().signum() < 0, at + "quantity", label + "quantity must be 0 or more");
            digits(errors, at + "quantity", label + "quantity", d.quantity(), 15, 4);
        }
        reject(
                errors,
                d.durationYears() == null || d.durationYears() < 1 || d.durationYears() > ImpactRow.MAX_DURATION_YEARS,
                at + "durationYears",
                label + "duration must be between 1 and " + ImpactRow.MAX_DURATION_YEARS + " years");
        money(errors, at + "proxyValue", label, d.proxyValue(), "financial proxy value");
        optionalText(errors, at + "proxyDescription", d.proxyDescription(), 300, label, "proxy description");
        optionalText(errors, at + "proxyUnit", d.proxyUnit(), 100, label, "proxy unit");
        text(
                errors,
                at + "proxySource",
                d.proxySource(),
                label + "enter the source of the financial proxy",
                label + "proxy source");
        reject(
                errors,
                d.proxyBaseYear() != null && (d.proxyBaseYear() < 1900 || d.proxyBaseYear() > 2100),
                at + "proxyBaseYear",
                label + "base year must be a year like 2025");
        percent(errors, at + "deadweight", label, d.deadweight(), "deadweight", "deadweight");
        percent(errors, at + "displacement", label, d.displacement(), "displacement", "displacement");
        percent(errors, at + "attribution", label, d.attribution(), "attribution", "attribution");
        percent(errors, at + "dropOff", label, d.dropOff(), "drop-off", "drop-off");
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

    private static void text(Map<String, Message> errors, String field, String value, String missing, String label) {
        if (value == null || value.isBlank()) {
            errors.put(field, Message.of(missing));
        } else if (value.strip().length() > MAX_TEXT) {
            errors.put(field, Message.of(label + " must be " + MAX_TEXT + " characters or fewer"));
        } else if (HiddenCharacters.hasNul(value)) {
            errors.put(field, hidden(label));
        }
    }

    /** A text that may be blank; a spreadsheet cell can carry a NUL that no form or JSON body lets through. */
    private static void optionalText(
            Map<String, Message> errors, String field, String value, int max, String label, String what) {
        if (value != null && value.strip().length() > max) {
            errors.put(field, Message.of(label + what + " must be " + max + " characters or fewer"));
        } else if (HiddenCharacters.hasNul(value)) {
            errors.put(field, hidden(label + what));
        }
    }

    /** "Row 3: remove the hidden control character (NUL) from the stakeholder", or "Remove ... from the title". */
    private static Message hidden(String label) {
        int colon = label.lastIndexOf(": ");
        var refusal = HiddenCharacters.refusal(
                "the " + label.substring(colon < 0 ? 0 : colon + 2).toLowerCase(Locale.ROOT));
        return colon < 0 ? refusal : Message.of("platform.labelled", label.substring(0, colon), refusal);
    }

    private static void money(Map<String, Message> errors, String field, String label, BigDecimal value, String what) {
        if (value == null) {
            errors.put(field, Message.of(label + "enter the " + what));
        } else if (value.signum() < 0) {
            errors.put(field, Message.of(label + what + " must be 0 or more"));
        } else {
            digits(errors, field, label + what, value, 17, 2);
        }
    }

    /**
     * Refuses a number its column cannot hold, such as a proxy value of a billion billion pounds, or more decimal places
     * than it keeps (which the database would round away unseen). Counts digits without writing the number out.
     */
    private static void digits(
            Map<String, Message> errors, String field, String what, BigDecimal value, int whole, int decimals) {
        if (value.signum() == 0) {
            return;
        }
        reject(
                errors,
                value.stripTrailingZeros().scale() > decimals,
                field,
                what + " can have at most " + decimals + " decimal places");
        reject(
                errors,
                value.precision() - value.scale() > whole,
                field,
                what + " is too large: it can have at most " + whole + " digits before the decimal point");
    }

    private static void percent(
            Map<String, Message> errors, String field, String label, BigDecimal value, String what, String lower) {
        String prefix = label.isEmpty() ? capitalised(what) : label + what;
        if (value == null) {
            errors.put(
                    field,
                    Message.of((label.isEmpty() ? "Enter the " : label + "enter the ") + lower + " as a percentage"));
        } else if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            errors.put(field, Message.of(prefix + " must be between 0 and 100%"));
        } else {
            digits(errors, field, prefix, value, 3, 4);
        }
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static void reject(Map<String, Message> errors, boolean condition, String field, String message) {
        if (condition) {
            errors.putIfAbsent(field, Message.of(message));
        }
    }

    static void throwIfAny(Map<String, Message> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
