package scot.cairn.directory.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import scot.cairn.directory.OrganisationDetails;
import scot.cairn.directory.OrganisationService;
import scot.cairn.directory.OrganisationSummary;
import scot.cairn.directory.OrganisationType;
import scot.cairn.directory.Sector;
import scot.cairn.identity.AccountAdministration;
import scot.cairn.identity.TestAccounts;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;
import scot.cairn.support.Unique;

@CairnTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganisationApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    OrganisationService organisations;

    @Autowired
    AccountAdministration administration;

    String admin;
    String reader;

    @BeforeAll
    void tokens() {
        var accounts = new TestAccounts(users, administration);
        admin = users.bearer(accounts.register("Api Admin", true).email());
        reader = users.bearer(accounts.register("Api Reader", false).email());
    }

    @Test
    void anyoneWithATokenSearchesAndReadsTheDirectory() throws Exception {
        var org = existing(Unique.name("Otter Trust"));
        String key = org.name().substring(org.name().length() - 8);

        mvc.perform(get("/api/v1/organisations").param("q", key).header("Authorization", reader))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].id").value(org.id()))
                .andExpect(jsonPath("$[0].sector").value("THIRD"))
                .andExpect(jsonPath("$[0].type").value("CHARITY"))
                .andExpect(jsonPath("$[0].charityNumber").value(org.charityNumber()));
        mvc.perform(get("/api/v1/organisations/{id}", org.id()).header("Authorization", reader))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value(org.name()))
                .andExpect(jsonPath("$.version").value(org.version()))
                .andExpect(jsonPath("$.region").value("Fife"));
    }

    @Test
    void administratorAddsAnOrganisation() throws Exception {
        String name = Unique.name("Badger Enterprises");
        String company = String.valueOf(ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000));
        var location = mvc.perform(
                        create(json(name, "PRIVATE", "COMPANY", null, company)).header("Authorization", admin))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("http://localhost/api/v1/organisations/")))
                .andExpect(jsonPath("$.name").value(name))
                .andExpect(jsonPath("$.companyNumber").value(company))
                .andExpect(jsonPath("$.charityNumber").doesNotExist())
                .andReturn()
                .getResponse()
                .getHeader("Location");

        mvc.perform(get(location).header("Authorization", reader))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sector").value("PRIVATE"));
    }

    @Test
    void othersMayNotAddOrChangeOrganisations() throws Exception {
        String name = Unique.name("Refused Ltd");
        mvc.perform(create(json(name, "PRIVATE", "COMPANY", null, null)).header("Authorization", reader))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        var org = existing(Unique.name("Stoat Society"));
        mvc.perform(change(org.id(), org.version(), Unique.name("Stoat Club")).header("Authorization", reader))
                .andExpect(status().isForbidden());
        assertThat(organisations.search(name)).isEmpty();
        assertThat(organisations.get(org.id()).name()).isEqualTo(org.name());
    }

    @Test
    void duplicatesAreRefusedNamingTheField() throws Exception {
        var org = existing(Unique.name("Hare Housing"));
        mvc.perform(create(json(" " + org.name().toLowerCase(), "THIRD", "CHARITY", null, null))
                        .header("Authorization", admin))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].message", containsString("is already in the directory")));
        mvc.perform(create(json(Unique.name("Hare Homes"), "THIRD", "CHARITY", org.charityNumber(), null))
                        .header("Authorization", admin))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("charityNumber"))
                .andExpect(jsonPath("$.errors[0].message", endsWith("already belongs to another organisation")));
        assertThat(organisations.search(org.name())).hasSize(1);
    }

    @Test
    void fieldRulesAreCheckedForTheApiToo() throws Exception {
        String tooLong = "x".repeat(201);
        mvc.perform(create(json(tooLong, "THIRD", null, "SC1", null)).header("Authorization", admin))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Invalid input"))
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].message").value("Name must be 200 characters or fewer"))
                .andExpect(jsonPath("$.errors[*].field", hasItem("type")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("charityNumber")));
        assertThat(organisations.search(tooLong)).isEmpty();
    }

    @Test
    void anUnknownSectorIsA400NamingTheFieldAndTheChoices() throws Exception {
        String body = json(Unique.name("Martian Mission"), "MARTIAN", "CHARITY", null, null);
        mvc.perform(create(body).header("Authorization", admin))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sector"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("“MARTIAN” is not one of PUBLIC, THIRD, PRIVATE, COMMUNITY"));
    }

    @Test
    void changesNeedTheVersionLastReadAndAStaleOneIsAConflict() throws Exception {
        var org = existing(Unique.name("Wren Works"));
        String renamed = Unique.name("Wren Workshop");

        mvc.perform(put("/api/v1/organisations/{id}", org.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json(renamed, "THIRD", "CHARITY", null, null))
                        .header("Authorization", admin))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        mvc.perform(change(org.id(), org.version(), renamed).header("Authorization", admin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value(renamed))
                .andExpect(jsonPath("$.version").value(org.version() + 1));
        mvc.perform(change(org.id(), org.version(), Unique.name("Wren Too Late"))
                        .header("Authorization", admin))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("Someone else changed this since you opened it")));
        assertThat(organisations.get(org.id()).name()).isEqualTo(renamed);

        mvc.perform(get("/api/v1/organisations/{id}/history", org.id()).header("Authorization", reader))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].action").value("Organisation updated"))
                .andExpect(jsonPath("$[0].changes[0]").value("Name: " + org.name() + " -> " + renamed))
                .andExpect(jsonPath("$[1].action").value("Organisation created"));
    }

    @Test
    void anUnknownOrganisationIsA404Problem() throws Exception {
        mvc.perform(get("/api/v1/organisations/{id}", Long.MAX_VALUE).header("Authorization", reader))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("There is nothing at this address, or you may not see it."));
        mvc.perform(change(Long.MAX_VALUE, 0, Unique.name("Nobody")).header("Authorization", admin))
                .andExpect(status().isNotFound());
    }

    @Test
    void theOpenApiDescriptionListsTheOrganisationsApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/organisations'].post.summary", startsWith("Add an organisation")))
                .andExpect(jsonPath("$.paths['/api/v1/organisations/{id}'].put").exists());
    }

    private OrganisationSummary existing(String name) {
        var created = new AtomicReference<OrganisationSummary>();
        String charity = "SC" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        users.runAsAdmin(() -> created.set(organisations.create(
                new OrganisationDetails(name, Sector.THIRD, OrganisationType.CHARITY, charity, null, "Fife"))));
        return created.get();
    }

    private static MockHttpServletRequestBuilder create(String body) {
        return post("/api/v1/organisations")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }

    private static MockHttpServletRequestBuilder change(long id, int version, String name) {
        String body = json(name, "THIRD", "CHARITY", null, null).replaceFirst("\\{", "{\"version\":" + version + ",");
        return put("/api/v1/organisations/{id}", id)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }

    private static String json(String name, String sector, String type, String charity, String company) {
        return """
                {"name":%s,"sector":%s,"type":%s,"charityNumber":%s,"companyNumber":%s,"region":"Fife"}""".formatted(quoted(name), quoted(sector), quoted(type), quoted(charity), quoted(company));
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }
}
