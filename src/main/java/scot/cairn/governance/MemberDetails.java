package scot.cairn.governance;

/**
 * A person joining a group, found by email address or, for a member of the partnership who has none, by
 * {@code personId}. When {@code serviceUser} is true they take part as a service user, family member or carer;
 * otherwise they represent their own organisation, which must be a partner.
 */
public record MemberDetails(String email, Long personId, Boolean serviceUser) {

    /** Someone found by email address. */
    public static MemberDetails of(String email, Boolean serviceUser) {
        return new MemberDetails(email, null, serviceUser);
    }

    /** A missing answer means the person represents their organisation. */
    public boolean asServiceUser() {
        return Boolean.TRUE.equals(serviceUser);
    }
}
