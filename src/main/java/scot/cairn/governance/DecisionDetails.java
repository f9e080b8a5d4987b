package scot.cairn.governance;

import java.time.LocalDate;
import scot.cairn.partnership.Stage;

/**
 * What a decision says, as proposed or changed. {@code gate} is the stage whose gate the decision is about (the stage
 * the partnership leaves); {@code gate}, {@code document}, {@code riskId} and {@code options} may be null;
 * {@code joint} is null until someone has said whether the decision is joint.
 */
public record DecisionDetails(
        String title,
        String context,
        String options,
        String decision,
        LocalDate decisionDate,
        Boolean joint,
        Stage gate,
        DocumentLink document,
        Long riskId) {}
