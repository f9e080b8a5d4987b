package scot.cairn.governance;

import java.util.List;
import scot.cairn.platform.Labelled;

/**
 * The five kinds of group a partnership may set up. What each is for and what it does are in the governance bundle,
 * in our own words. At most one group of each kind per partnership; only the communications group is optional.
 */
public enum GroupKind implements Labelled {
    BOARD(false, 6),
    PROJECT_TEAM(false, 4),
    COMMUNICATIONS(true, 5),
    SERVICE_USER_FORUM(false, 3),
    INFORMED_PROVIDERS(false, 3);

    private final boolean optional;
    private final int duties;

    GroupKind(boolean optional, int duties) {
        this.optional = optional;
        this.duties = duties;
    }

    @Override
    public String labelKey() {
        return "governance.groupKind." + name();
    }

    public boolean optional() {
        return optional;
    }

    /** The bundle key of what the group is for, in a sentence. */
    public String purposeKey() {
        return labelKey() + ".purpose";
    }

    /** The bundle keys of what the group does, one line each, in order. */
    public List<String> responsibilityKeys() {
        return java.util.stream.IntStream.rangeClosed(1, duties)
                .mapToObj(i -> labelKey() + ".does" + i)
                .toList();
    }

    /** The informed-providers forum lists organisations; every other group lists people. */
    public boolean holdsOrganisations() {
        return this == INFORMED_PROVIDERS;
    }
}
