package scot.cairn.identity.web;

import scot.cairn.identity.CurrentUser;
import scot.cairn.platform.ForbiddenException;

/** The people pages are for platform administrators only, reading as well as changing. */
final class Administrators {

    private Administrators() {}

    static void require(CurrentUser user) {
        if (user == null || !user.administrator()) {
            throw new ForbiddenException("identity.people.adminOnly");
        }
    }
}
