package scot.cairn.tendering;

import java.util.List;
import scot.cairn.partnership.Records;

/**
 * The specification's requirements traced both ways.
 *
 * @param requirements in section order, then by number, each with the evidence it rests on
 * @param unevidenced how many requirements rest on no evidence (flagged for the board)
 * @param used each piece of evidence some requirement rests on, with those requirements
 * @param unused by kind, the evidence of the partnership no requirement uses (of each kind's latest 50)
 * @param choices by kind, the evidence a requirement may rest on (each kind's latest 50), for the forms
 */
public record TraceabilityView(
        List<RequirementView> requirements,
        int unevidenced,
        List<Use> used,
        List<Kind> unused,
        List<Kind> choices,
        boolean mayEdit) {

    /**
     * A requirement; {@code evidence} holds what still exists of what it rests on, {@code unevidenced} when nothing.
     */
    public record RequirementView(
            long id,
            int version,
            String reference,
            SpecSection section,
            String text,
            List<Records.Ref> evidence,
            List<String> values,
            boolean unevidenced) {}

    /** One piece of evidence and the requirements (their references) that rest on it. */
    public record Use(Records.Ref evidence, List<String> requirements) {}

    /** The records of one kind. */
    public record Kind(String labelKey, List<Records.Ref> records) {}
}
