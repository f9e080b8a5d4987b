package scot.cairn.identity;

import java.util.concurrent.atomic.AtomicReference;
import scot.cairn.directory.PersonDetails;
import scot.cairn.directory.PersonSummary;
import scot.cairn.support.DemoUsers;
import scot.cairn.support.Unique;

/**
 * People with accounts that a test creates for itself, so that tests which lock accounts, change passwords or pile
 * up API tokens never touch the demo users.
 */
public final class TestAccounts {

    public static final String PASSWORD = "a long test password 1";

    private final DemoUsers users;
    private final AccountAdministration administration;

    public TestAccounts(DemoUsers users, AccountAdministration administration) {
        this.users = users;
        this.administration = administration;
    }

    /** Registers someone new with no organisation and {@link #PASSWORD}. */
    public PersonSummary register(String name, boolean administrator) {
        String suffix = Unique.suffix();
        var details = new PersonDetails(
                name + " " + suffix, name.toLowerCase().replace(' ', '.') + "." + suffix + "@test.example", null, null);
        var person = new AtomicReference<PersonSummary>();
        users.runAsAdmin(() -> person.set(administration.register(details, PASSWORD, administrator)));
        return person.get();
    }
}
