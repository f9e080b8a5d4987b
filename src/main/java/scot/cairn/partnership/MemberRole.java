package scot.cairn.partnership;

/** What a person may do in one partnership: managers change it, members take part, observers only read. */
public enum MemberRole {
    MANAGER("Manager"),
    MEMBER("Member"),
    OBSERVER("Observer");

    private final String label;

    MemberRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
