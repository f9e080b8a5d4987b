package scot.cairn.engagement;

import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.PartnershipScope;
import scot.cairn.platform.pdf.PdfRenderer;
import scot.cairn.platform.web.Download;

/** The communications plan as a tagged PDF in the reader's language. */
@Service
public class CommsDownloads {

    private final CommsPlanService plans;
    private final PartnershipScope scope;
    private final PdfRenderer pdf;

    CommsDownloads(CommsPlanService plans, PartnershipScope scope, PdfRenderer pdf) {
        this.plans = plans;
        this.scope = scope;
        this.pdf = pdf;
    }

    @Transactional(readOnly = true)
    public Download pdf(long id, CurrentUser user) {
        var plan = plans.plan(id, user);
        var title = scope.requireRead(id, user).partnership().title();
        return new Download(
                "communications-plan-" + id + ".pdf",
                "application/pdf",
                pdf.render("pdf/communications-plan", Map.of("c", plan, "title", title)));
    }
}
