package scot.cairn.demo;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import scot.cairn.identity.CurrentUser;
import scot.cairn.outcome.MeasurementService;
import scot.cairn.outcome.Period;
import scot.cairn.outcome.SignoffService;
import scot.cairn.outcome.SustainabilityDetails;
import scot.cairn.outcome.SustainabilityDetails.MetricDetails;
import scot.cairn.outcome.SustainabilityService;

/**
 * The Falkirk foster-care PSP's signed-off quarters (submitted by the analyst, approved by a board member), one
 * correction after approval, and its sustainability evidence.
 */
@Component
class DemoEvidence {

    private final SignoffService signoffs;
    private final MeasurementService measurements;
    private final SustainabilityService sustainability;

    DemoEvidence(SignoffService signoffs, MeasurementService measurements, SustainabilityService sustainability) {
        this.signoffs = signoffs;
        this.measurements = measurements;
        this.sustainability = sustainability;
    }

    /**
     * Signs off the quarters jointly, then corrects one approved value and approves that quarter again, so the
     * indicator page shows a revision.
     */
    void signOff(long id, List<Period> quarters, long corrected, String value, CurrentUser analyst, CurrentUser board) {
        for (var quarter : quarters) {
            signoffs.submit(id, quarter, analyst);
            approveJointly(id, quarter, board, analyst);
        }
        measurements.saveGrid(id, quarters.get(0), Map.of(corrected, value), analyst);
        approveJointly(id, quarters.get(0), board, analyst);
    }

    /** Approves a submitted period as two board members, one from each sector. */
    void approveJointly(long id, Period period, CurrentUser... boardMembers) {
        for (var member : boardMembers) {
            var signoff = signoffs.signoff(id, period, member).orElseThrow();
            if (!signoff.approved()) {
                signoffs.approve(id, period, signoff.version(), member);
            }
        }
    }

    void fosterCareSustainability(long id, CurrentUser manager) {
        sustainability.save(
                id,
                null,
                new SustainabilityDetails(
                        "186000",
                        "42",
                        "The pilot placed children with local carers instead of out-of-area residential care. At"
                                + " about £4,400 per child a year against £180,000 for a residential place, the"
                                + " service pays for itself if it avoids one residential placement a year.",
                        "Funders need a year of approved outcome data, the cost per child in a stable placement,"
                                + " and evidence that carers stay with the service.",
                        List.of(
                                new MetricDetails("Placements made", "14", "placements"),
                                new MetricDetails("Carers recruited", "9", "carers"),
                                new MetricDetails("Support visits", "316", "visits"))),
                manager);
    }
}
