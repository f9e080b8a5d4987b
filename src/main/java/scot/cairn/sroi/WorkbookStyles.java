package scot.cairn.sroi;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

/** The cell styles of an exported workbook and small helpers to write typed cells with them. */
final class WorkbookStyles {

    final CellStyle heading;
    final CellStyle plain;
    final CellStyle money;
    final CellStyle moneyBold;
    final CellStyle percent;
    final CellStyle ratio;
    final CellStyle wrapped;

    WorkbookStyles(Workbook workbook) {
        var format = workbook.createDataFormat();
        Font bold = workbook.createFont();
        bold.setBold(true);
        heading = workbook.createCellStyle();
        heading.setFont(bold);
        heading.setWrapText(true);
        plain = workbook.createCellStyle();
        plain.setDataFormat(format.getFormat("General"));
        money = workbook.createCellStyle();
        money.setDataFormat(format.getFormat("#,##0.00"));
        moneyBold = workbook.createCellStyle();
        moneyBold.setDataFormat(format.getFormat("#,##0.00"));
        moneyBold.setFont(bold);
        percent = workbook.createCellStyle();
        percent.setDataFormat(format.getFormat("0.0#%"));
        ratio = workbook.createCellStyle();
        ratio.setDataFormat(format.getFormat("0.00"));
        wrapped = workbook.createCellStyle();
        wrapped.setWrapText(true);
    }

    static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value == null ? "" : value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    static void number(Row row, int column, BigDecimal value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(style);
    }

    /** A percentage (25 means 25%) as Excel holds one: the fraction 0.25, shown as a percentage. */
    static void percent(Row row, int column, BigDecimal value, CellStyle style) {
        number(row, column, value.movePointLeft(2), style);
    }

    /**
     * A formula with its value as Cairn's engine worked it out, kept in the file so readers that do not calculate
     * (previews, imports, other tools) see numbers; Excel recalculates on opening.
     */
    static void formula(Row row, int column, String formula, BigDecimal cached, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellFormula(formula);
        cell.setCellValue(cached.doubleValue());
        cell.setCellStyle(style);
    }

    /** A formula whose cached result is text (such as "Not applicable"). */
    static void formula(Row row, int column, String formula, String cached, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellFormula(formula);
        cell.setCellValue(cached);
        cell.setCellStyle(style);
    }
}
