package scot.cairn.sroi;

import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.NumberToTextConverter;
import scot.cairn.platform.Message;
import scot.cairn.platform.Numbers;

/** Reads typed values from one row of a workbook, collecting a problem per unreadable cell. */
final class WorkbookCells {
    private final Row row;
    private final List<Message> problems;

    WorkbookCells(Row row, List<Message> problems) {
        this.row = row;
        this.problems = problems;
    }

    String text(Integer index) {
        return WorkbookReader.textAt(row, index);
    }

    BigDecimal number(Integer index, String label) {
        BigDecimal value = optionalNumber(index, label);
        if (value == null && problems.stream().noneMatch(p -> p.toString().startsWith(label))) {
            problems.add(Message.of(label + " is missing"));
        }
        return value;
    }

    BigDecimal optionalNumber(Integer index, String label) {
        return read(index, label, false);
    }

    BigDecimal percent(Integer index, String label) {
        BigDecimal value = read(index, label, true);
        if (value == null && problems.stream().noneMatch(p -> p.toString().startsWith(label))) {
            problems.add(Message.of(label + " is missing"));
        }
        return value;
    }

    private BigDecimal read(Integer index, String label, boolean percent) {
        if (index == null) {
            return null;
        }
        Cell cell = row.getCell(index);
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            BigDecimal value = new BigDecimal(NumberToTextConverter.toText(cell.getNumericCellValue()));
            boolean percentFormat = cell.getCellStyle().getDataFormatString().contains("%");
            return percent && percentFormat ? value.movePointRight(2).stripTrailingZeros() : value;
        }
        if (type == CellType.BLANK) {
            return null;
        }
        String text = text(index);
        if (text.isEmpty()) {
            return null;
        }
        String cleaned = text.replace("£", "").strip();
        boolean hasPercent = cleaned.endsWith("%");
        if (hasPercent) {
            cleaned = cleaned.substring(0, cleaned.length() - 1).strip();
        }
        // As every number typed as text is read: "1,500" is 1500, "1,5" is refused rather than read as 15.
        Message problem = Numbers.problem(cleaned, 40, 40);
        if (problem != null) {
            var notNumber = label + " must be a number, not \"" + text + "\"";
            problems.add(
                    Numbers.NOT_A_NUMBER.equals(problem)
                            ? Message.of(notNumber)
                            : Message.of("platform.labelled", notNumber, problem));
            return null;
        }
        return Numbers.read(cleaned, 40, 40).orElseThrow();
    }
}
