package scot.cairn.risk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.PartnershipScope;
import scot.cairn.platform.Message;
import scot.cairn.platform.pdf.PdfRenderer;
import scot.cairn.platform.web.Download;

/**
 * The register as files for whoever may read it, in the reader's language: a PDF with the board's list, the heat map
 * and every item with its actions, and an XLSX workbook with one row per item (the sheet a board pack or a funder
 * asks for).
 */
@Service
public class RiskDownloads {

    /** The columns of the workbook, by bundle key of their heading. */
    static final List<String> COLUMNS = List.of(
            "risk.register.number",
            "risk.edit.kind",
            "risk.edit.title",
            "risk.edit.category",
            "risk.edit.owner",
            "risk.edit.likelihood",
            "risk.edit.impact",
            "risk.register.score",
            "risk.export.band",
            "risk.risk.residual",
            "risk.edit.proximity",
            "risk.edit.response",
            "risk.register.nextReview",
            "risk.register.status",
            "risk.export.forBoard",
            "risk.export.openActions",
            "risk.edit.description");

    private final RiskService risks;
    private final PartnershipScope scope;
    private final PdfRenderer pdf;
    private final MessageSource messages;

    RiskDownloads(RiskService risks, PartnershipScope scope, PdfRenderer pdf, MessageSource messages) {
        this.risks = risks;
        this.scope = scope;
        this.pdf = pdf;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    public Download pdf(long id, CurrentUser user) {
        var register = risks.register(id, user);
        var title = scope.requireRead(id, user).partnership().title();
        return new Download(
                fileName(id, "pdf"),
                org.springframework.http.MediaType.APPLICATION_PDF_VALUE,
                pdf.render("pdf/risk-register", Map.of("register", register, "title", title)));
    }

    @Transactional(readOnly = true)
    public Download workbook(long id, CurrentUser user) {
        var register = risks.register(id, user);
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet(words(Message.of("risk.export.sheet")));
            var bold = workbook.createCellStyle();
            var font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            var heading = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.size(); c++) {
                var cell = heading.createCell(c);
                cell.setCellValue(words(Message.of(COLUMNS.get(c))));
                cell.setCellStyle(bold);
            }
            int row = 1;
            for (var r : register.risks()) {
                write(sheet, row++, r);
            }
            sheet.createFreezePane(0, 1);
            sheet.setColumnWidth(2, 50 * 256);
            sheet.setColumnWidth(COLUMNS.size() - 1, 60 * 256);
            workbook.write(out);
            return new Download(fileName(id, "xlsx"), Download.XLSX, out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(Sheet sheet, int index, RiskView r) {
        var row = sheet.createRow(index);
        int c = 0;
        row.createCell(c++).setCellValue(r.reference());
        row.createCell(c++).setCellValue(words(Message.of(r.kind().labelKey())));
        row.createCell(c++).setCellValue(r.title());
        row.createCell(c++).setCellValue(words(Message.of(r.category().labelKey())));
        row.createCell(c++)
                .setCellValue(r.ownerName() == null ? words(Message.of("risk.formerMember")) : r.ownerName());
        row.createCell(c++).setCellValue(r.likelihood());
        row.createCell(c++).setCellValue(r.impact());
        row.createCell(c++).setCellValue(r.score());
        row.createCell(c++).setCellValue(words(Message.of(r.band().labelKey())));
        var residual = row.createCell(c++);
        if (r.residualScore() != null) {
            residual.setCellValue(r.residualScore());
        }
        row.createCell(c++).setCellValue(words(Message.of(r.proximity().labelKey())));
        row.createCell(c++).setCellValue(words(Message.of(r.response().labelKey())));
        row.createCell(c++).setCellValue(r.nextReview().toString());
        row.createCell(c++).setCellValue(words(Message.of(r.status().labelKey())));
        row.createCell(c++).setCellValue(words(Message.of(r.forBoard() ? "risk.export.yes" : "risk.export.no")));
        row.createCell(c++)
                .setCellValue(
                        r.actions().stream().filter(a -> a.doneOn() == null).count());
        row.createCell(c).setCellValue(r.description() == null ? "" : r.description());
    }

    private String words(Message message) {
        return messages.getMessage(message, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    /** "risks-and-issues-12.pdf": the partnership's number keeps files of several partnerships apart. */
    static String fileName(long id, String extension) {
        return "risks-and-issues-" + id + "." + extension;
    }
}
