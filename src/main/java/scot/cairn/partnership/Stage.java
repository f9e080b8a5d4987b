package scot.cairn.partnership;

import java.util.List;
import scot.cairn.platform.Labelled;

/** Where a partnership is in its life. Every stage but the last leads to the next; any open stage may be closed. */
public enum Stage implements Labelled {
    EXPLORE("Explore"),
    DESIGN("Design"),
    PILOT("Pilot"),
    TENDER("Tender"),
    DELIVERY("Delivery"),
    CLOSED("Closed");

    /** The stages a partnership passes through, in order; Closed is an ending, not a step. */
    public static final List<Stage> LIFECYCLE = List.of(EXPLORE, DESIGN, PILOT, TENDER, DELIVERY);

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    @Override
    public String labelKey() {
        return "partnership.stage." + name();
    }

    /**
     * The stage's English name, for modules whose words have not moved into their bundles yet; pages show {@link
     * #labelKey()}.
     */
    public String label() {
        return label;
    }

    /** The bundle key of what the stage is for: "Is a Public Social Partnership the right approach?". */
    public String purposeKey() {
        return "partnership.stage.purpose." + name();
    }

    /** The stage a gate leads to, or null from Delivery and Closed. */
    public Stage next() {
        int i = LIFECYCLE.indexOf(this);
        return i < 0 || i == LIFECYCLE.size() - 1 ? null : LIFECYCLE.get(i + 1);
    }
}
