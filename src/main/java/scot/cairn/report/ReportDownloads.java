package scot.cairn.report;

import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.identity.CurrentUser;
import scot.cairn.platform.pdf.PdfRenderer;
import scot.cairn.platform.web.Download;

/** A highlight report as an accessible PDF (tagged, with its language and headings), for whoever may read it. */
@Service
public class ReportDownloads {

    private final HighlightService reports;
    private final PdfRenderer pdf;

    ReportDownloads(HighlightService reports, PdfRenderer pdf) {
        this.reports = reports;
        this.pdf = pdf;
    }

    @Transactional(readOnly = true)
    public Download pdf(long id, long reportId, CurrentUser user) {
        var report = reports.report(id, reportId, user);
        var title = reports.read(id, user).partnership().title();
        return new Download(
                "highlight-report-" + id + "-" + report.reference() + ".pdf",
                MediaType.APPLICATION_PDF_VALUE,
                pdf.render("pdf/highlight-report", Map.of("r", report, "title", title)));
    }
}
