package scot.cairn.consultation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.PartnershipScope;
import scot.cairn.platform.Message;
import scot.cairn.platform.web.Download;

/**
 * Every response as a file for whoever may read the consultation, one row each, in the reader's language: when, where
 * from, who (unless anonymous), who entered it and for whom, then one column per question (options chosen joined by
 * "; "). A CSV cell that a spreadsheet would take for a formula is written as text.
 */
@Service
public class ConsultationDownloads {

    private final ConsultationService consultations;
    private final PartnershipScope scope;
    private final JdbcClient jdbc;
    private final MessageSource messages;

    ConsultationDownloads(
            ConsultationService consultations, PartnershipScope scope, JdbcClient jdbc, MessageSource messages) {
        this.consultations = consultations;
        this.scope = scope;
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    public Download csv(long id, long consultationId, CurrentUser user) {
        var table = table(id, consultationId, user);
        var out = new ByteArrayOutputStream();
        try (var printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.DEFAULT)) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            printer.printRecord(table.headings());
            for (var row : table.rows()) {
                printer.printRecord(
                        row.stream().map(ConsultationDownloads::safe).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Download(table.fileName() + ".csv", "text/csv;charset=UTF-8", out.toByteArray());
    }

    @Transactional(readOnly = true)
    public Download workbook(long id, long consultationId, CurrentUser user) {
        var table = table(id, consultationId, user);
        var workbook = new SXSSFWorkbook(100);
        try (var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet(words(Message.of("consultation.export.sheet")));
            var bold = workbook.createCellStyle();
            var font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            var heading = sheet.createRow(0);
            for (int i = 0; i < table.headings().size(); i++) {
                var cell = heading.createCell(i);
                cell.setCellValue(table.headings().get(i));
                cell.setCellStyle(bold);
            }
            int r = 1;
            for (var row : table.rows()) {
                var line = sheet.createRow(r++);
                for (int i = 0; i < row.size(); i++) {
                    if (row.get(i) != null) {
                        line.createCell(i).setCellValue(row.get(i));
                    }
                }
            }
            workbook.write(out);
            return new Download(table.fileName() + ".xlsx", Download.XLSX, out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
        }
    }

    private record Table(String fileName, List<String> headings, List<List<String>> rows) {}

    private Table table(long id, long consultationId, CurrentUser user) {
        var access = scope.requireRead(id, user);
        var c = consultations.find(id, consultationId);
        var names = access.partnership().namesById();
        var questions = c.questions();
        var headings = new ArrayList<>(List.of(
                words(Message.of("consultation.export.number")),
                words(Message.of("consultation.export.received")),
                words(Message.of("consultation.export.channel")),
                words(Message.of("consultation.export.respondent")),
                words(Message.of("consultation.export.recordedBy")),
                words(Message.of("consultation.export.forWhom"))));
        for (int i = 0; i < questions.size(); i++) {
            headings.add((i + 1) + ". " + questions.get(i).text());
        }
        Map<Long, Map<Integer, String>> answers = new HashMap<>();
        jdbc.sql("select response_id, position, text, rating from consultation_answer where consultation_id = ?")
                .param(c.id())
                .query(rs -> {
                    Object rating = rs.getObject("rating");
                    answers.computeIfAbsent(rs.getLong("response_id"), k -> new HashMap<>())
                            .put(
                                    rs.getInt("position"),
                                    rating == null
                                            ? rs.getString("text")
                                            : String.valueOf(((Number) rating).intValue()));
                });
        Map<Long, Map<Integer, List<String>>> chosen = new HashMap<>();
        jdbc.sql("select response_id, position, option_index from consultation_choice where consultation_id = ?"
                        + " order by response_id, position, option_index")
                .param(c.id())
                .query(rs -> {
                    int position = rs.getInt("position");
                    var options = questions.get(position).optionList();
                    int o = rs.getInt("option_index");
                    chosen.computeIfAbsent(rs.getLong("response_id"), k -> new TreeMap<>())
                            .computeIfAbsent(position, k -> new ArrayList<>())
                            .add(o < options.size() ? options.get(o) : String.valueOf(o + 1));
                });
        var rows = new ArrayList<List<String>>();
        var format = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        int[] n = {0};
        jdbc.sql("select id, received_at, channel, respondent, recorded_by, on_behalf_of from consultation_response"
                        + " where consultation_id = ? order by received_at, id")
                .param(c.id())
                .query(rs -> {
                    long responseId = rs.getLong("id");
                    var row = new ArrayList<String>();
                    row.add(String.valueOf(++n[0]));
                    row.add(rs.getTimestamp("received_at")
                            .toInstant()
                            .atZone(ConsultationService.SCOTLAND)
                            .format(format));
                    row.add(words(
                            Message.of(Channel.valueOf(rs.getString("channel")).labelKey())));
                    row.add(c.anonymous() ? null : rs.getString("respondent"));
                    long by = rs.getLong("recorded_by");
                    row.add(rs.wasNull() ? null : names.getOrDefault(by, ""));
                    long forWhom = rs.getLong("on_behalf_of");
                    row.add(rs.wasNull() ? null : names.getOrDefault(forWhom, ""));
                    var given = answers.getOrDefault(responseId, Map.of());
                    var picked = chosen.getOrDefault(responseId, Map.of());
                    for (int i = 0; i < questions.size(); i++) {
                        row.add(picked.containsKey(i) ? String.join("; ", picked.get(i)) : given.get(i));
                    }
                    rows.add(row);
                });
        return new Table("consultation-" + c.number() + "-responses", headings, rows);
    }

    /** A cell a spreadsheet would run as a formula is written with a leading apostrophe, so it reads as text. */
    static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell
                : cell;
    }

    private String words(Message message) {
        return messages.getMessage(message, LocaleContextHolder.getLocale());
    }
}
