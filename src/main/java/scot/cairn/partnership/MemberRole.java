package scot.cairn.partnership;

import scot.cairn.platform.Labelled;

/** What a person may do in one partnership: managers change it, members take part, observers only read. */
public enum MemberRole implements Labelled {
    MANAGER,
    MEMBER,
    OBSERVER;

    @Override
    public String labelKey() {
        return "partnership.memberRole." + name();
    }
}
