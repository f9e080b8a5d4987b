package scot.cairn.identity;

import java.io.Serializable;
import scot.cairn.directory.Sector;

/**
 * The signed-in person. {@code organisationId} and {@code sector} are null for someone without an organisation
 * (service users and carers). Kept in the session, so it is serializable for session stores that need it.
 */
public record CurrentUser(
        long accountId,
        long personId,
        String fullName,
        String email,
        Long organisationId,
        Sector sector,
        boolean administrator)
        implements Serializable {

    /** Who is signed in on this request's thread, or null for nobody: for code that is not a controller method. */
    public static CurrentUser signedIn() {
        return CurrentUserSupport.current();
    }

    /** Commissioners (people in public-sector organisations) and administrators may start partnerships. */
    public boolean mayStartPartnership() {
        return administrator || sector == Sector.PUBLIC;
    }
}
