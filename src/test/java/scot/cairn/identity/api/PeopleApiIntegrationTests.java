package scot.cairn.identity.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import scot.cairn.directory.PersonService;
import scot.cairn.directory.PersonSummary;
import scot.cairn.identity.AccountAdministration;
import scot.cairn.identity.AccountService;
import scot.cairn.identity.TestAccounts;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;
import scot.cairn.support.MailLinks;
import scot.cairn.support.TestMail;
import scot.cairn.support.Unique;

@CairnTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeopleApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    PersonService people;

    @Autowired
    AccountService accounts;

    @Autowired
    AccountAdministration administration;

    TestAccounts testAccounts;
    PersonSummary adminPerson;
    String admin;
    String other;

    @BeforeAll
    void tokens() {
        testAccounts = new TestAccounts(users, administration);
        adminPerson = testAccounts.register("People Admin", true);
        admin = users.bearer(adminPerson.email());
        other = users.bearer(testAccounts.register("People Reader", false).email());
    }

    @Test
    void administratorsListAndReadPeopleWithTheirAccounts() throws Exception {
        mvc.perform(get("/api/v1/people").header("Authorization", admin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].email", hasItem(DemoUsers.FIONA)))
                .andExpect(jsonPath("$[?(@.email == '" + DemoUsers.ADMIN + "')].account.administrator")
                        .value(hasItem(true)));
        long fiona = people.findByEmail(DemoUsers.FIONA).orElseThrow().id();
        mvc.perform(get("/api/v1/people/{id}", fiona).header("Authorization", admin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fullName").value("Fiona Reid"))
                .andExpect(jsonPath("$.organisationName").value("Falkirk Council"))
                .andExpect(jsonPath("$.account.administrator").value(false))
                .andExpect(jsonPath("$.account.lockedUntil").doesNotExist());
    }

    @Test
    void everyoneElseGets403Problems() throws Exception {
        String email = Unique.suffix() + "@refused.example";
        long fiona = people.findByEmail(DemoUsers.FIONA).orElseThrow().id();
        mvc.perform(get("/api/v1/people").header("Authorization", other))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Only platform administrators can see and change people."));
        mvc.perform(get("/api/v1/people/{id}", fiona).header("Authorization", other))
                .andExpect(status().isForbidden());
        mvc.perform(create(newPerson("Sneaky", email, null, true)).header("Authorization", other))
                .andExpect(status().isForbidden());
        mvc.perform(change(fiona, 0, "Fiona Changed", null).header("Authorization", other))
                .andExpect(status().isForbidden());
        assertThat(people.findByEmail(email)).isEmpty();
    }

    @Test
    void administratorAddsAPersonWhoIsEmailedAnInvitation() throws Exception {
        TestMail.server();
        String email = "api." + Unique.suffix() + "@test.example";
        mvc.perform(create(newPerson(Unique.name("Api Person"), email, null, false))
                        .header("Authorization", admin)
                        .header("Accept-Language", "cy"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("http://localhost/api/v1/people/")))
                .andExpect(jsonPath("$.email").value(email))
                .andExpect(jsonPath("$.account.administrator").value(false));
        var invitation = MailLinks.latest(email, 1);
        assertThat(MailLinks.subject(invitation)).endsWith("wedi’ch gwahodd i Cairn");
        mvc.perform(post(MailLinks.path(invitation, "/invitations/"))
                        .param("password", TestAccounts.PASSWORD)
                        .param("confirmPassword", TestAccounts.PASSWORD)
                        .with(csrf()))
                .andExpect(authenticated().withUsername(email));
        mvc.perform(formLogin("/sign-in").userParameter("email").user(email).password(TestAccounts.PASSWORD))
                .andExpect(authenticated());
    }

    @Test
    void beforeAcceptingTheirInvitationNoPasswordSignsThePersonIn() throws Exception {
        String email = "waiting." + Unique.suffix() + "@test.example";
        mvc.perform(create(newPerson(Unique.name("Api Waiting"), email, null, false))
                        .header("Authorization", admin))
                .andExpect(status().isCreated());
        mvc.perform(formLogin("/sign-in").userParameter("email").user(email).password(""))
                .andExpect(unauthenticated());
        mvc.perform(formLogin("/sign-in").userParameter("email").user(email).password(TestAccounts.PASSWORD))
                .andExpect(unauthenticated());
    }

    @Test
    void withInviteFalseThePersonHasNoAccount() throws Exception {
        String email = "carer." + Unique.suffix() + "@test.example";
        mvc.perform(create("""
                        {"fullName":"%s","email":"%s","invite":false}""".formatted(Unique.name("Api Carer"), email)).header("Authorization", admin))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.account").doesNotExist());
        assertThat(accounts.accountOf(people.findByEmail(email).orElseThrow().id()))
                .isEmpty();
        assertThat(TestMail.to(email)).isEmpty();
    }

    @Test
    void aPasswordForSomeoneElseOrABadEmailIsA400AndNothingIsSaved() throws Exception {
        String email = "short." + Unique.suffix() + "@test.example";
        mvc.perform(create(newPerson(Unique.name("Given Password"), email, TestAccounts.PASSWORD, false))
                        .header("Authorization", admin))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("password"));
        mvc.perform(create("""
                        {"fullName":"%s","email":"%s","invite":false,"administrator":true}""".formatted(Unique.name("Admin Without Account"), email))
                        .header("Authorization", admin))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("administrator"));
        assertThat(people.findByEmail(email)).isEmpty();
        mvc.perform(create(newPerson(Unique.name("Duplicate"), DemoUsers.SAM, null, false))
                        .header("Authorization", admin))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("email"));
        mvc.perform(create(newPerson(" ", "not an email", null, false)).header("Authorization", admin))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("fullName"))
                .andExpect(jsonPath("$.errors[1].field").value("email"));
    }

    @Test
    void changesNeedTheVersionAndKeepTheAdministratorRightUnlessTold() throws Exception {
        var person = testAccounts.register("Api Change", true);
        String renamed = Unique.name("Api Changed");

        mvc.perform(put("/api/v1/people/{id}", person.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fullName\":\"" + renamed + "\",\"email\":\"" + person.email() + "\"}")
                        .header("Authorization", admin))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        mvc.perform(change(person.id(), person.version(), renamed, person.email())
                        .header("Authorization", admin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fullName").value(renamed))
                .andExpect(jsonPath("$.account.administrator").value(true));
        mvc.perform(change(person.id(), person.version(), Unique.name("Too Late"), person.email())
                        .header("Authorization", admin))
                .andExpect(status().isConflict());
        assertThat(people.get(person.id()).fullName()).isEqualTo(renamed);
    }

    @Test
    void anUnknownPersonIsA404Problem() throws Exception {
        mvc.perform(get("/api/v1/people/{id}", Long.MAX_VALUE).header("Authorization", admin))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("There is nothing at this address, or you may not see it."));
    }

    private static String newPerson(String name, String email, String password, boolean administrator) {
        return """
                {"fullName":"%s","email":"%s","jobTitle":"Tester","password":%s,"administrator":%s}""".formatted(name, email, password == null ? "null" : "\"" + password + "\"", administrator);
    }

    private static MockHttpServletRequestBuilder create(String body) {
        return post("/api/v1/people").contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static MockHttpServletRequestBuilder change(long id, int version, String name, String email) {
        String body = """
                {"version":%d,"fullName":"%s","email":"%s"}""".formatted(version, name, email == null ? DemoUsers.FIONA : email);
        return put("/api/v1/people/{id}", id)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }
}
