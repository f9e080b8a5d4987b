package scot.cairn.sroi;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.identity.CurrentUser;
import scot.cairn.platform.Message;
import scot.cairn.platform.pdf.PdfRenderer;
import scot.cairn.sroi.ImpactMapWorkbook.MapLine;
import scot.cairn.sroi.SroiAnalysisView.RowView;

/**
 * An analysis as files for whoever may read it: the impact-map workbook ({@link ImpactMapWorkbook}) and the PDF
 * report ({@link SroiReport}), both from its stored rows calculated now with the default sensitivity step. File names
 * come from the title.
 */
@Service
public class SroiDownloads {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** A file to download. */
    public record Download(String fileName, byte[] content) {}

    private final SroiService sroi;
    private final PdfRenderer pdf;
    private final SroiFigures figures;
    private final MessageSource messages;

    SroiDownloads(SroiService sroi, PdfRenderer pdf, SroiFigures figures, MessageSource messages) {
        this.sroi = sroi;
        this.pdf = pdf;
        this.figures = figures;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    public Download workbook(long partnershipId, long analysisId, CurrentUser user) {
        var c = sroi.calculation(partnershipId, analysisId, null, user);
        var a = c.analysis();
        var contents = new ImpactMapWorkbook.Contents(
                a.title(),
                words(Message.of(
                        "sroi.report.about", Message.of(a.kind().labelKey()), a.partnershipTitle(), period(a))),
                a.settings(),
                investments(a),
                lines(a));
        return new Download(fileName(a.title(), "xlsx"), ImpactMapWorkbook.write(contents, c.result(), locale()));
    }

    @Transactional(readOnly = true)
    public Download report(long partnershipId, long analysisId, CurrentUser user) {
        var c = sroi.calculation(partnershipId, analysisId, null, user);
        var a = c.analysis();
        var report = new SroiReport(
                a.title(),
                a.partnershipTitle(),
                Message.of(a.kind().labelKey()),
                period(a),
                a.approved()
                        ? Message.of("sroi.report.approvedOn", day(a.approvedAt()))
                        : Message.of(a.status().labelKey()),
                a.settings(),
                investments(a),
                lines(a),
                c.result(),
                c.sensitivity(),
                day(figures.now()));
        return new Download(fileName(a.title(), "pdf"), pdf.render("pdf/sroi-analysis", Map.of("report", report)));
    }

    private static List<Investment> investments(SroiAnalysisView a) {
        return a.inputs().stream()
                .map(i -> new Investment(i.stakeholder(), i.description(), i.cash(), i.inKind()))
                .toList();
    }

    private static List<MapLine> lines(SroiAnalysisView a) {
        return a.rows().stream().map(SroiDownloads::line).toList();
    }

    private static MapLine line(RowView r) {
        return new MapLine(
                r.stakeholder(),
                "",
                r.outcome(),
                r.indicator(),
                r.quantity(),
                r.durationYears(),
                r.proxyDescription() == null ? "" : r.proxyDescription(),
                r.proxyValue(),
                r.proxyUnit() == null ? "" : r.proxyUnit(),
                r.proxySource(),
                r.proxyBaseYear(),
                r.deadweight(),
                r.displacement(),
                r.attribution(),
                r.dropOff());
    }

    private static Message period(SroiAnalysisView a) {
        return Message.of(
                "sroi.period", a.periodFrom().format(day()), a.periodTo().format(day()));
    }

    private static String day(java.time.Instant at) {
        return at == null
                ? ""
                : LocalDate.ofInstant(at, java.time.ZoneId.of("Europe/London")).format(day());
    }

    /** Dates as the reader writes them, month names in their language: 3 March 2027, 3 Mawrth 2027. */
    private static DateTimeFormatter day() {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    private String words(Message message) {
        return messages.getMessage(message, locale());
    }

    /** "Forecast 2026/27" -> "forecast-2026-27.xlsx". */
    static String fileName(String title, String extension) {
        String slug =
                title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (slug.length() > 80) {
            slug = slug.substring(0, 80).replaceAll("-$", "");
        }
        return (slug.isEmpty() ? "sroi-analysis" : slug) + "." + extension;
    }
}
