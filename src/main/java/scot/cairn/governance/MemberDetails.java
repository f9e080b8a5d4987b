package scot.cairn.governance;

/**
 * A person joining a group, found by email address. When {@code serviceUser} is true they take part as a service
 * user, family member or carer; otherwise they represent their own organisation, which must be a partner.
 */
public record MemberDetails(String email, Boolean serviceUser) {

    /** A missing answer means the person represents their organisation. */
    public boolean asServiceUser() {
        return Boolean.TRUE.equals(serviceUser);
    }
}
