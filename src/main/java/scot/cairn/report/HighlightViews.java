package scot.cairn.report;

import java.util.Arrays;
import org.springframework.stereotype.Component;
import scot.cairn.partnership.Access;
import scot.cairn.partnership.Editors;
import scot.cairn.partnership.PartnershipView;

/** A report as its reader sees it, with what they may do. */
@Component
class HighlightViews {

    private final ReportWords words;

    HighlightViews(ReportWords words) {
        this.words = words;
    }

    /** The organisation a note was made for, in words: the service-user seat when none. */
    private String seat(Access access, BoardNote n) {
        if (n.organisationId() == null) {
            return words.of("report.serviceUserSeat");
        }
        return access.partnership().partners().stream()
                .filter(p -> p.organisationId() == n.organisationId())
                .map(PartnershipView.PartnerView::name)
                .findFirst()
                .orElse(words.of("report.note.organisation"));
    }

    HighlightView view(Access access, HighlightReport r) {
        var names = access.partnership().namesById();
        boolean noted = access.user() != null
                && r.notes().stream()
                        .anyMatch(n -> n.personId() == access.user().personId());
        var needed = r.joint().needed();
        return new HighlightView(
                r.id(),
                r.version(),
                r.reference(),
                r.periodFrom(),
                r.periodTo(),
                r.status(),
                r.rag(),
                names.get(r.createdBy()),
                r.generatedAt(),
                r.submittedBy() == null ? null : names.get(r.submittedBy()),
                r.submittedAt(),
                r.notedAt(),
                r.sections().stream()
                        .map(s -> new HighlightView.SectionView(
                                s.section(), Arrays.asList(s.facts().split("\n")), s.commentary()))
                        .toList(),
                r.notes().stream()
                        .map(n -> new HighlightView.NoteView(
                                names.get(n.personId()), seat(access, n), n.sector(), n.notedAt(), n.comment()))
                        .toList(),
                r.status() == ReportStatus.SUBMITTED && needed != null
                        ? words.of(needed.key(), needed.getArguments())
                        : null,
                r.status() == ReportStatus.DRAFT && access.mayEdit(Editors.REPORTS),
                r.status() != ReportStatus.DRAFT && access.onBoard() && access.open() && !noted);
    }
}
