package scot.cairn.sroi;

import java.util.List;
import org.springframework.stereotype.Component;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.Access;
import scot.cairn.partnership.Editors;
import scot.cairn.partnership.PartnershipScope;
import scot.cairn.platform.NotFoundException;

/**
 * Where the SROI services find a partnership's analyses, and how they ask the partnership's access model about them:
 * analyses and reviews are evidence ({@link Editors#EVIDENCE}), read by everyone who can see the partnership and
 * approved by its board. Decides nothing itself.
 */
@Component
class SroiAnalyses {

    private final PartnershipScope scope;
    private final SroiAnalysisRepository analyses;

    SroiAnalyses(PartnershipScope scope, SroiAnalysisRepository analyses) {
        this.scope = scope;
        this.analyses = analyses;
    }

    Access read(long partnershipId, CurrentUser user) {
        return scope.requireRead(partnershipId, user);
    }

    Access edit(long partnershipId, CurrentUser user) {
        return scope.requireEdit(partnershipId, user, Editors.EVIDENCE);
    }

    Access approve(long partnershipId, CurrentUser user) {
        return scope.requireBoardApproval(partnershipId, user);
    }

    /** The partnership's analyses, latest period first. */
    List<SroiAnalysis> of(long partnershipId) {
        return analyses.findByPartnershipIdOrderByPeriodFromDescIdDesc(partnershipId);
    }

    String title(long analysisId) {
        return analyses.findById(analysisId).map(SroiAnalysis::title).orElse(null);
    }

    /** The analysis, when it is one of this partnership's. */
    SroiAnalysis find(long partnershipId, long analysisId) {
        return analyses.findById(analysisId)
                .filter(a -> a.partnershipId() == partnershipId)
                .orElseThrow(() -> new NotFoundException("SROI analysis"));
    }
}
