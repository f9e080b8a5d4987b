package scot.cairn.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import scot.cairn.directory.OrganisationService;
import scot.cairn.directory.PersonDetails;
import scot.cairn.directory.PersonService;
import scot.cairn.directory.PersonSummary;
import scot.cairn.identity.AccountAdministration;
import scot.cairn.identity.AccountService;
import scot.cairn.identity.TestAccounts;
import scot.cairn.platform.Message;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;
import scot.cairn.support.MailLinks;
import scot.cairn.support.TestMail;
import scot.cairn.support.Unique;

@CairnTest
class PeoplePagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    PersonService people;

    @Autowired
    AccountService accounts;

    @Autowired
    OrganisationService organisations;

    @Autowired
    AccountAdministration administration;

    @Test
    void administratorsSeeEveryoneAndWhetherTheyCanSignIn() throws Exception {
        var withoutAccount = personWithoutAccount(Unique.name("Carer"));
        var result = mvc.perform(get("/people").with(users.as(DemoUsers.ADMIN)))
                .andExpect(status().isOk())
                .andReturn();

        assertThat(PageText.rowOf(result, DemoUsers.ADMIN)).contains("Administrator");
        assertThat(PageText.rowOf(result, DemoUsers.FIONA)).contains("Falkirk Council", "Can sign in");
        assertThat(PageText.rowOf(result, withoutAccount.email()))
                .contains(withoutAccount.fullName(), "No account", "None (service user or carer)");
    }

    @Test
    void everyoneElseIsRefusedThePeoplePages() throws Exception {
        var someone = personWithoutAccount(Unique.name("Private Person"));
        String email = Unique.suffix() + "@refused.example";
        for (String path : new String[] {"/people", "/people/new", "/people/" + someone.id() + "/edit"}) {
            mvc.perform(get(path).with(users.as(DemoUsers.FIONA))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/people/{id}/history", someone.id()).with(users.as(DemoUsers.SAM)))
                .andExpect(status().isForbidden());
        mvc.perform(newPerson("Sneaky Person", email).with(users.as(DemoUsers.FIONA)))
                .andExpect(status().isForbidden());
        assertThat(people.findByEmail(email)).isEmpty();
    }

    @Test
    void administratorAddsAPersonWhoIsInvitedToChooseTheirOwnPassword() throws Exception {
        TestMail.server();
        String name = Unique.name("Isla Grant");
        String email = "isla." + Unique.suffix() + "@falkirkcvs.example";
        long cvs = organisations.search("Falkirk CVS").get(0).id();
        mvc.perform(get("/people/new").with(users.as(DemoUsers.ADMIN)))
                .andExpect(content().string(not(containsString("type=\"password\""))));

        mvc.perform(newPerson(name, email)
                        .param("organisationId", String.valueOf(cvs))
                        .with(users.as(DemoUsers.ADMIN)))
                .andExpect(redirectedUrl("/people"))
                .andExpect(flash().attribute("success", Message.of("identity.person.invited", name, email)));

        var person = people.findByEmail(email).orElseThrow();
        assertThat(person.organisationName()).isEqualTo("Falkirk CVS");
        assertThat(accounts.accountOf(person.id()).orElseThrow().administrator())
                .isFalse();
        var invitation = MailLinks.latest(email, 1);
        assertThat(MailLinks.subject(invitation)).isEqualTo("Alex Morgan invited you to Cairn");
        String link = MailLinks.path(invitation, "/invitations/");
        mvc.perform(post(link)
                        .param("password", TestAccounts.PASSWORD)
                        .param("confirmPassword", TestAccounts.PASSWORD)
                        .with(csrf()))
                .andExpect(redirectedUrl("/partnerships"))
                .andExpect(authenticated().withUsername(email));
        mvc.perform(formLogin("/sign-in").userParameter("email").user(email).password(TestAccounts.PASSWORD))
                .andExpect(authenticated());
    }

    @Test
    void everyProblemIsShownAtOnceAndNothingIsSaved() throws Exception {
        String email = "not-saved." + Unique.suffix() + "@test.example";
        mvc.perform(post("/people/new")
                        .param("fullName", " ")
                        .param("email", "not an email")
                        .with(users.as(DemoUsers.ADMIN))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("href=\"#fullName\"")))
                .andExpect(content().string(containsString("Enter the person’s full name")))
                .andExpect(content().string(containsString("href=\"#email\"")));
        assertThat(people.findByEmail(email)).isEmpty();
    }

    @Test
    void anEmailAddressAlreadyInUseIsRefused() throws Exception {
        mvc.perform(newPerson(Unique.name("Fiona Again"), DemoUsers.FIONA.toUpperCase())
                        .with(users.as(DemoUsers.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#email\"")))
                .andExpect(content()
                        .string(containsString(
                                "Someone with the email address " + DemoUsers.FIONA + " is already in Cairn")));
    }

    @Test
    void administratorChangesAPersonAndTheirAccountAndTheHistoryShowsIt() throws Exception {
        var person = new TestAccounts(users, administration).register("Rory Bell", false);
        String renamed = Unique.name("Rory Bell-Smith");

        mvc.perform(get("/people/{id}/edit", person.id()).with(users.as(DemoUsers.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"version\" value=\"" + person.version() + "\"")))
                .andExpect(content().string(containsString("Platform administrator")));
        mvc.perform(edit(person, renamed, person.version())
                        .param("administrator", "true")
                        .with(users.as(DemoUsers.ADMIN)))
                .andExpect(redirectedUrl("/people"));

        assertThat(accounts.accountOf(person.id()).orElseThrow().administrator())
                .isTrue();
        var history = mvc.perform(get("/people/{id}/history", person.id()).with(users.as(DemoUsers.ADMIN)))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(PageText.of(history))
                .contains("Full name: " + person.fullName() + " -> " + renamed)
                .contains("Administrator: no -> yes")
                .contains("Person added")
                .contains("Account opened");
    }

    @Test
    void aSaveOverSomeoneElsesChangeIsRefused() throws Exception {
        var person = personWithoutAccount(Unique.name("Eilidh Ross"));
        mvc.perform(edit(person, Unique.name("Eilidh Ross-Mackay"), person.version())
                        .with(users.as(DemoUsers.ADMIN)))
                .andExpect(redirectedUrl("/people"));

        mvc.perform(edit(person, Unique.name("Eilidh Mackay"), person.version()).with(users.as(DemoUsers.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else changed this since you opened it")));
    }

    @Test
    void administratorUnlocksALockedAccount() throws Exception {
        var person = new TestAccounts(users, administration).register("Locked Out", false);
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/sign-in")
                    .userParameter("email")
                    .user(person.email())
                    .password("wrong password " + i));
        }
        var list = mvc.perform(get("/people").with(users.as(DemoUsers.ADMIN))).andReturn();
        assertThat(PageText.rowOf(list, person.email())).contains("Locked until");
        mvc.perform(get("/people/{id}/edit", person.id()).with(users.as(DemoUsers.ADMIN)))
                .andExpect(content().string(containsString("Unlock sign-in")));

        mvc.perform(edit(person, person.fullName(), person.version())
                        .param("unlock", "true")
                        .with(users.as(DemoUsers.ADMIN)))
                .andExpect(redirectedUrl("/people"));

        assertThat(accounts.accountOf(person.id()).orElseThrow().lockedUntil()).isNull();
        mvc.perform(formLogin("/sign-in")
                        .userParameter("email")
                        .user(person.email())
                        .password(TestAccounts.PASSWORD))
                .andExpect(authenticated());
    }

    @Test
    void administratorsCannotTakeAwayTheirOwnRight() throws Exception {
        var admin = new TestAccounts(users, administration).register("Self Admin", true);
        mvc.perform(edit(admin, admin.fullName(), admin.version()).with(users.as(admin.email())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#administrator\"")))
                .andExpect(content().string(containsString("You cannot take away your own administrator rights")));
        assertThat(accounts.accountOf(admin.id()).orElseThrow().administrator()).isTrue();
    }

    @Test
    void anUnknownPersonIsNotFound() throws Exception {
        mvc.perform(get("/people/{id}/edit", Long.MAX_VALUE).with(users.as(DemoUsers.ADMIN)))
                .andExpect(status().isNotFound());
    }

    private PersonSummary personWithoutAccount(String name) {
        var created = new AtomicReference<PersonSummary>();
        String email = name.toLowerCase().replace(' ', '.') + "@test.example";
        users.runAsAdmin(() -> created.set(people.create(new PersonDetails(name, email, null, null))));
        return created.get();
    }

    private static MockHttpServletRequestBuilder newPerson(String name, String email) {
        return post("/people/new").param("fullName", name).param("email", email).with(csrf());
    }

    private static MockHttpServletRequestBuilder edit(PersonSummary person, String name, int version) {
        return post("/people/{id}/edit", person.id())
                .param("fullName", name)
                .param("email", person.email())
                .param(
                        "organisationId",
                        person.organisationId() == null
                                ? ""
                                : person.organisationId().toString())
                .param("version", String.valueOf(version))
                .with(csrf());
    }
}
