package scot.cairn.partnership;

import scot.cairn.platform.Labelled;

/** What a person may do in one partnership: managers change it, members take part, observers only read. */
public enum MemberRole implements Labelled {
    MANAGER("Manager"),
    MEMBER("Member"),
    OBSERVER("Observer");

    private final String label;

    MemberRole(String label) {
        this.label = label;
    }

    @Override
    public String labelKey() {
        return "partnership.memberRole." + name();
    }

    public String label() {
        return label;
    }
}
