package scot.cairn.directory;

/** The sector an organisation belongs to; PSP governance balances public and third sector. */
public enum Sector {
    PUBLIC("Public sector"),
    THIRD("Third sector"),
    PRIVATE("Private sector"),
    COMMUNITY("Community");

    private final String label;

    Sector(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
