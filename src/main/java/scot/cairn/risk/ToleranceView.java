package scot.cairn.risk;

/** The board's tolerance: open items scoring above it go to the board. {@code mayChange} is for the viewer. */
public record ToleranceView(int tolerance, int version, boolean mayChange) {}
