package scot.cairn.demo;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import scot.cairn.directory.OrganisationDetails;
import scot.cairn.directory.OrganisationService;
import scot.cairn.directory.OrganisationType;
import scot.cairn.directory.PersonDetails;
import scot.cairn.directory.PersonService;
import scot.cairn.directory.PersonSummary;
import scot.cairn.directory.Sector;
import scot.cairn.identity.AccountService;
import scot.cairn.identity.CurrentUser;
import scot.cairn.identity.NewPassword;
import scot.cairn.identity.PasswordService;

/** Demo organisations and people, looked up by name as the seeder builds partnerships. */
@Component
class DemoDirectory {

    private final OrganisationService organisations;
    private final PersonService people;
    private final AccountService accounts;
    private final PasswordService passwords;
    private final Map<String, Long> orgIds = new HashMap<>();
    private final Map<String, NewPassword> hashed = new HashMap<>();

    DemoDirectory(
            OrganisationService organisations,
            PersonService people,
            AccountService accounts,
            PasswordService passwords) {
        this.organisations = organisations;
        this.people = people;
        this.accounts = accounts;
        this.passwords = passwords;
    }

    long org(String name, Sector sector, OrganisationType type, String region) {
        return orgIds.computeIfAbsent(
                name,
                n -> organisations
                        .create(new OrganisationDetails(n, sector, type, null, null, region))
                        .id());
    }

    long org(String name) {
        var id = orgIds.get(name);
        if (id == null) {
            id = organisations.search(name).stream()
                    .filter(o -> o.name().equals(name))
                    .findFirst()
                    .orElseThrow()
                    .id();
            orgIds.put(name, id);
        }
        return id;
    }

    /** A person without an account: they take part but cannot sign in. */
    CurrentUser person(String name, String email, String jobTitle, String organisation) {
        var p = people.create(
                new PersonDetails(name, email, jobTitle, organisation == null ? null : org(organisation)));
        return asUser(p, 0, false);
    }

    /** A person with a demo account. */
    CurrentUser account(
            String name, String email, String jobTitle, String organisation, String password, boolean administrator) {
        var p = people.create(
                new PersonDetails(name, email, jobTitle, organisation == null ? null : org(organisation)));
        // Hashing takes tens of milliseconds on purpose, and every demo account has the same password: hash it once.
        var account = accounts.open(p.id(), hashed.computeIfAbsent(password, passwords::prepare), administrator);
        return asUser(p, account.id(), administrator);
    }

    CurrentUser existing(String email) {
        var p = people.findByEmail(email).orElseThrow();
        var account = accounts.accountOf(p.id());
        return asUser(
                p,
                account.map(a -> a.id()).orElse(0L),
                account.map(a -> a.administrator()).orElse(false));
    }

    private static CurrentUser asUser(PersonSummary p, long accountId, boolean administrator) {
        return new CurrentUser(
                accountId, p.id(), p.fullName(), p.email(), p.organisationId(), p.sector(), administrator);
    }
}
