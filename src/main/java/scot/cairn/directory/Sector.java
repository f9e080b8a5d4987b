package scot.cairn.directory;

import scot.cairn.platform.Labelled;

/** The sector an organisation belongs to; PSP governance balances public and third sector. */
public enum Sector implements Labelled {
    PUBLIC("Public sector"),
    THIRD("Third sector"),
    PRIVATE("Private sector"),
    COMMUNITY("Community");

    private final String label;

    Sector(String label) {
        this.label = label;
    }

    @Override
    public String labelKey() {
        return "directory.sector." + name();
    }

    /**
     * The sector's English name, for modules whose words have not moved into their bundles yet; pages show {@link
     * #labelKey()}.
     */
    public String label() {
        return label;
    }
}
