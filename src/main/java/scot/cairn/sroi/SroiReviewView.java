package scot.cairn.sroi;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import scot.cairn.directory.Sector;
import scot.cairn.outcome.Period;

/**
 * One forecast-against-actual review with its comparison. {@code editable}, {@code maySign} and
 * {@code viewerHasSigned} are about the person asking.
 */
public record SroiReviewView(
        long id,
        int version,
        long partnershipId,
        String partnershipTitle,
        Period quarter,
        AnalysisRef forecast,
        AnalysisRef evaluative,
        String note,
        ReviewStatus status,
        Instant signedOffAt,
        List<SignatureView> signatures,
        ForecastComparison comparison,
        boolean editable,
        boolean maySign,
        boolean viewerHasSigned) {

    /** One of the two analyses compared. */
    public record AnalysisRef(
            long id,
            String title,
            AnalysisType kind,
            LocalDate periodFrom,
            LocalDate periodTo,
            AnalysisStatus status) {}

    /** A board member's signature; sector is null for a service user or carer. */
    public record SignatureView(long personId, String name, Sector sector, Instant signedAt) {}

    public boolean signedOff() {
        return status == ReviewStatus.SIGNED_OFF;
    }

    public ReviewDetails details() {
        return new ReviewDetails(quarter.toString(), forecast.id(), evaluative.id(), note);
    }
}
