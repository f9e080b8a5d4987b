package scot.cairn.sroi;

import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.NumberToTextConverter;
import scot.cairn.platform.Message;
import scot.cairn.platform.Numbers;

/**
 * Reads typed values from one row of a workbook, collecting a problem per unreadable cell. Each cell is named by the
 * bundle key of its column ({@code sroi.cell.quantity}), so the problems read in the reader's language.
 */
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
        return required(read(index, label, false), label);
    }

    BigDecimal optionalNumber(Integer index, String label) {
        return read(index, label, false);
    }

    BigDecimal percent(Integer index, String label) {
        return required(read(index, label, true), label);
    }

    /** Reports a missing value, unless the cell was already refused for what it holds. */
    private BigDecimal required(BigDecimal value, String label) {
        if (value == null && problems.stream().noneMatch(p -> about(p, label))) {
            problems.add(Message.of("sroi.cell.missing", Message.of(label)));
        }
        return value;
    }

    private static boolean about(Message problem, String label) {
        return java.util.Arrays.stream(problem.args())
                .anyMatch(a -> a instanceof Message m && (m.key().equals(label) || about(m, label)));
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
            var notNumber = Message.of("sroi.cell.notNumber", Message.of(label), text);
            problems.add(
                    Numbers.NOT_A_NUMBER.equals(problem)
                            ? notNumber
                            : Message.of("platform.labelled", notNumber, problem));
            return null;
        }
        return Numbers.read(cleaned, 40, 40).orElseThrow();
    }
}
