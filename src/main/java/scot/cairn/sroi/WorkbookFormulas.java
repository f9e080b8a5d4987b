package scot.cairn.sroi;

import org.apache.poi.ss.util.CellReference;
import scot.cairn.sroi.ImpactMapWorkbook.Column;

/**
 * The Excel formulas of an exported impact map, so that a practitioner who changes an assumption, a quantity or a
 * setting in Excel sees the impact, the values per year, the present value and the ratio move. They cover every
 * settings variant, read from the named cells of the Settings sheet, and agree with {@link SroiCalculator}:
 *
 * <ul>
 *   <li>impact = quantity x proxy value x (1 - deadweight) x (1 - displacement) x (1 - attribution), or x (1 - their
 *       sum, at least 0) when deductions are added;
 *   <li>year t (2 onwards, within the duration) = impact x (1 - drop-off)^(t - 1), or x (1 - drop-off x (t - 1), at
 *       least 0) for straight-line drop-off;
 *   <li>present value = NPV(rate, year 1..n), which discounts year 1, times (1 + rate) when year 1 is not discounted.
 * </ul>
 *
 * <p>Year 1 is the impact itself: (1 - 100%)^0 would be Excel's #NUM!.
 */
final class WorkbookFormulas {

    /** Defined names of the Settings sheet's values. */
    static final String RATE = "Discount_rate";

    static final String FIRST_YEAR = "Discount_year_1";
    static final String DEDUCTIONS = "Deductions";
    static final String DROP_OFF = "Drop_off";

    /**
     * Defined names of the words the settings are compared with ("No", "Added", "Straight-line" in the workbook's
     * language), so that the formulas read the same in every language.
     */
    static final String FIRST_YEAR_NO = "Discount_year_1_no";

    static final String DEDUCTIONS_ADDED = "Deductions_added";
    static final String DROP_OFF_STRAIGHT = "Drop_off_straight_line";

    private WorkbookFormulas() {}

    /** The 1-based spreadsheet row of the map's 0-based data row {@code index}; data starts under two header rows. */
    static int rowNumber(int index) {
        return index + 3;
    }

    static String cell(Column column, int row) {
        return cell(column.ordinal(), row);
    }

    static String cell(int column, int row) {
        return CellReference.convertNumToColString(column) + row;
    }

    static String impact(int row) {
        String dw = cell(Column.DEADWEIGHT, row);
        String ds = cell(Column.DISPLACEMENT, row);
        String at = cell(Column.ATTRIBUTION, row);
        return cell(Column.QUANTITY, row) + "*" + cell(Column.PROXY_VALUE, row) + "*IF(" + DEDUCTIONS + "="
                + DEDUCTIONS_ADDED + ",MAX(0,1-(" + dw + "+" + ds + "+" + at + ")),(1-" + dw + ")*(1-" + ds + ")*(1-"
                + at + "))";
    }

    static String valueInYear(int row, int year) {
        String impact = cell(Column.IMPACT, row);
        String duration = cell(Column.DURATION, row);
        if (year == 1) {
            return "IF(" + duration + "<1,0," + impact + ")";
        }
        String dropOff = cell(Column.DROP_OFF, row);
        int elapsed = year - 1;
        return "IF(" + duration + "<" + year + ",0," + impact + "*IF(" + DROP_OFF + "=" + DROP_OFF_STRAIGHT
                + ",MAX(0,1-" + dropOff + "*" + elapsed + "),(1-" + dropOff + ")^" + elapsed + "))";
    }

    /** The present value of a row whose years are in columns {@code firstYear} to {@code lastYear} (0-based). */
    static String presentValue(int row, int firstYear, int lastYear) {
        return "NPV(" + RATE + "," + cell(firstYear, row) + ":" + cell(lastYear, row) + ")*IF(" + FIRST_YEAR + "="
                + FIRST_YEAR_NO + ",1+" + RATE + ",1)";
    }

    /** The sum of one column over the map's data rows ({@code rows} of them). */
    static String total(int column, int rows) {
        return "SUM(" + cell(column, rowNumber(0)) + ":" + cell(column, rowNumber(Math.max(rows, 1) - 1)) + ")";
    }
}
