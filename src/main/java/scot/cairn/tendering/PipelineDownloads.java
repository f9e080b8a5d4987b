package scot.cairn.tendering;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import scot.cairn.identity.CurrentUser;
import scot.cairn.platform.web.Download;

/** The programme-wide pipeline as a workbook, in the reader's language: one row per expected procurement. */
@Service
public class PipelineDownloads {

    /** The columns, by bundle key of their heading. */
    static final List<String> COLUMNS = List.of(
            "tendering.pipeline.year",
            "tendering.pipeline.partnership",
            "tendering.pipeline.buyer",
            "tendering.procurement.title",
            "tendering.procurement.currency",
            "tendering.procurement.estimatedValue",
            "tendering.procurement.cpvCode",
            "tendering.procurement.expectedPublication",
            "tendering.procurement.expectedAward",
            "tendering.procurement.contractMonths");

    private final ProcurementService procurements;
    private final MessageSource messages;

    PipelineDownloads(ProcurementService procurements, MessageSource messages) {
        this.procurements = procurements;
        this.messages = messages;
    }

    public Download workbook(CurrentUser user) {
        var rows = procurements.pipeline(user);
        var locale = LocaleContextHolder.getLocale();
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet(messages.getMessage("tendering.pipeline.sheet", null, locale));
            var bold = workbook.createCellStyle();
            var font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            var money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            var date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            var heading = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.size(); c++) {
                var cell = heading.createCell(c);
                cell.setCellValue(messages.getMessage(COLUMNS.get(c), null, locale));
                cell.setCellStyle(bold);
            }
            int index = 1;
            for (var r : rows) {
                var row = sheet.createRow(index++);
                row.createCell(0).setCellValue(r.financialYear());
                row.createCell(1).setCellValue(r.partnership());
                row.createCell(2).setCellValue(r.leadPartner() == null ? "" : r.leadPartner());
                row.createCell(3).setCellValue(r.title());
                row.createCell(4).setCellValue(r.currency());
                var value = row.createCell(5);
                value.setCellValue(r.estimatedValue().doubleValue());
                value.setCellStyle(money);
                row.createCell(6).setCellValue(r.cpvCode());
                var published = row.createCell(7);
                published.setCellValue(r.expectedPublication());
                published.setCellStyle(date);
                var awarded = row.createCell(8);
                awarded.setCellValue(r.expectedAward());
                awarded.setCellStyle(date);
                row.createCell(9).setCellValue(r.contractMonths());
            }
            sheet.createFreezePane(0, 1);
            sheet.setColumnWidth(1, 40 * 256);
            sheet.setColumnWidth(3, 50 * 256);
            workbook.write(out);
            return new Download("expected-procurements.xlsx", Download.XLSX, out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
