package scot.cairn.partnership;

import java.util.List;
import scot.cairn.platform.Labelled;

/** Where a partnership is in its life. Every stage but the last leads to the next; any open stage may be closed. */
public enum Stage implements Labelled {
    EXPLORE("Explore", "Is a Public Social Partnership the right approach?"),
    DESIGN("Design", "Partners agree the model, sign the MoU, write the PID and forecast the SROI."),
    PILOT("Pilot", "The consortium runs the service, reviews it quarterly and writes the specification."),
    TENDER("Tender", "A fair, open competition for longer-term delivery."),
    DELIVERY("Delivery", "The contract runs and outcomes keep being measured."),
    CLOSED("Closed", "The partnership has ended by a recorded route.");

    /** The stages a partnership passes through, in order; Closed is an ending, not a step. */
    public static final List<Stage> LIFECYCLE = List.of(EXPLORE, DESIGN, PILOT, TENDER, DELIVERY);

    private final String label;
    private final String purpose;

    Stage(String label, String purpose) {
        this.label = label;
        this.purpose = purpose;
    }

    @Override
    public String labelKey() {
        return "partnership.stage." + name();
    }

    public String label() {
        return label;
    }

    public String purpose() {
        return purpose;
    }

    /** The stage a gate leads to, or null from Delivery and Closed. */
    public Stage next() {
        int i = LIFECYCLE.indexOf(this);
        return i < 0 || i == LIFECYCLE.size() - 1 ? null : LIFECYCLE.get(i + 1);
    }
}
