package scot.cairn.sroi;

/** A draft review may change; once signed off by the board it is a record and locked. */
public enum ReviewStatus {
    DRAFT("Draft"),
    SIGNED_OFF("Signed off");

    private final String label;

    ReviewStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
