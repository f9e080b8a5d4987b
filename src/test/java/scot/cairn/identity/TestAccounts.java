package scot.cairn.identity;

import java.util.concurrent.atomic.AtomicReference;
import scot.cairn.directory.PersonDetails;
import scot.cairn.directory.PersonService;
import scot.cairn.directory.PersonSummary;
import scot.cairn.support.DemoUsers;
import scot.cairn.support.Unique;

/**
 * People with accounts that a test creates for itself, so that tests which lock accounts, change passwords or pile
 * up API tokens never touch the demo users. Their password is set directly, as the demo data sets the demo accounts';
 * the pages and the API never take a password for someone else.
 */
public final class TestAccounts {

    public static final String PASSWORD = "a long test password 1";

    private final DemoUsers users;

    public TestAccounts(DemoUsers users, AccountAdministration administration) {
        this.users = users;
    }

    /** Registers someone new with no organisation and {@link #PASSWORD}. */
    public PersonSummary register(String name, boolean administrator) {
        String suffix = Unique.suffix();
        var details = new PersonDetails(
                name + " " + suffix, name.toLowerCase().replace(' ', '.') + "." + suffix + "@test.example", null, null);
        return withPassword(details, PASSWORD, administrator);
    }

    /** Adds a person with an account whose password is {@code password}. */
    public PersonSummary withPassword(PersonDetails details, String password, boolean administrator) {
        var person = new AtomicReference<PersonSummary>();
        users.runAsAdmin(() -> {
            person.set(users.bean(PersonService.class).create(details));
            users.bean(AccountService.class)
                    .open(person.get().id(), users.bean(PasswordService.class).prepare(password), administrator);
        });
        return person.get();
    }
}
