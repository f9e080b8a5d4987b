package scot.cairn.report;

import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;
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

    HighlightView view(Access access, HighlightReport r) {
        var people = access.partnership().members().stream()
                .collect(Collectors.toMap(PartnershipView.MemberView::personId, Function.identity(), (a, b) -> a));
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
                        .map(n -> {
                            var m = people.get(n.personId());
                            return new HighlightView.NoteView(
                                    names.get(n.personId()),
                                    m == null ? null : m.organisationName(),
                                    n.sector(),
                                    n.notedAt(),
                                    n.comment());
                        })
                        .toList(),
                r.status() == ReportStatus.SUBMITTED && needed != null
                        ? words.of(needed.key(), needed.getArguments())
                        : null,
                r.status() == ReportStatus.DRAFT && access.mayEdit(Editors.REPORTS),
                r.status() != ReportStatus.DRAFT && access.onBoard() && access.open() && !noted);
    }
}
