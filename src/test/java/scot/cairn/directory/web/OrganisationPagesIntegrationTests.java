package scot.cairn.directory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;
import scot.cairn.directory.OrganisationDetails;
import scot.cairn.directory.OrganisationService;
import scot.cairn.directory.OrganisationSummary;
import scot.cairn.directory.OrganisationType;
import scot.cairn.directory.Sector;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;
import scot.cairn.support.SessionCookie;
import scot.cairn.support.Unique;

@CairnTest
class OrganisationPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    OrganisationService organisations;

    @Test
    void everyoneSignedInCanListAndSearchTheDirectory() throws Exception {
        var org = existing(Unique.name("Kelpie Trust"));
        String key = org.name().substring(org.name().length() - 8);

        mvc.perform(get("/organisations").with(users.as(DemoUsers.SAM)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Falkirk Council")))
                .andExpect(content().string(containsString(org.name())))
                .andExpect(content().string(containsString("hx-get=\"/organisations\"")))
                .andExpect(content().string(containsString("hx-target=\"#organisation-results\"")));
        mvc.perform(get("/organisations").param("q", key.toUpperCase()).with(users.as(DemoUsers.SAM)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(org.name())))
                .andExpect(content().string(containsString("1 organisation matching")))
                .andExpect(content().string(not(containsString("Falkirk Council"))));
        mvc.perform(get("/organisations").param("q", "no such name " + key).with(users.as(DemoUsers.SAM)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No organisations have a name containing")));
    }

    @Test
    void htmxSearchGetsOnlyTheResultsFragment() throws Exception {
        var org = existing(Unique.name("Selkie Collective"));
        String key = org.name().substring(org.name().length() - 8);

        mvc.perform(get("/organisations")
                        .param("q", key)
                        .header("HX-Request", "true")
                        .with(users.as(DemoUsers.IAIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(org.name())))
                .andExpect(content().string(containsString("<table")))
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(not(containsString("Search by name"))));
        mvc.perform(get("/organisations")
                        .param("q", key)
                        .header("HX-Request", "true")
                        .header("HX-History-Restore-Request", "true")
                        .with(users.as(DemoUsers.IAIN)))
                .andExpect(content().string(containsString("<html")));
    }

    @Test
    void administratorAddsAnOrganisationAndSeesItWithASuccessBanner() throws Exception {
        String name = Unique.name("Heron Housing");
        String charity = charityNumber();
        var result = mvc.perform(post("/organisations")
                        .params(fields(name, "THIRD", "HOUSING_ASSOCIATION", charity.toLowerCase()))
                        .param("region", "  Fife ")
                        .with(users.as(DemoUsers.ADMIN))
                        .with(csrf()))
                .andExpect(redirectedUrlPattern("/organisations/*"))
                .andReturn();

        mvc.perform(get(result.getResponse().getRedirectedUrl())
                        .cookie(SessionCookie.of(result))
                        .with(users.as(DemoUsers.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(name + " has been added to the directory.")))
                .andExpect(content().string(containsString("govuk-notification-banner--success")))
                .andExpect(content().string(containsString(charity)))
                .andExpect(content().string(containsString("Housing association")))
                .andExpect(content().string(containsString(">Fife<")));
        assertThat(organisations.search(name))
                .extracting(OrganisationSummary::name)
                .containsExactly(name);
    }

    @Test
    void othersAreRefusedAndSeeNoLinksToChangeTheDirectory() throws Exception {
        var org = existing(Unique.name("Osprey Arts"));
        String name = Unique.name("Not Allowed");

        mvc.perform(get("/organisations").with(users.as(DemoUsers.FIONA)))
                .andExpect(content().string(not(containsString("Add an organisation"))));
        mvc.perform(get("/organisations/{id}", org.id()).with(users.as(DemoUsers.FIONA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("See the history of changes")))
                .andExpect(content().string(not(containsString("/edit"))));
        mvc.perform(get("/organisations/new").with(users.as(DemoUsers.FIONA))).andExpect(status().isForbidden());
        mvc.perform(get("/organisations/{id}/edit", org.id()).with(users.as(DemoUsers.FIONA)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/organisations")
                        .params(fields(name, "PUBLIC", "LOCAL_AUTHORITY", ""))
                        .with(users.as(DemoUsers.FIONA))
                        .with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Only platform administrators")));
        assertThat(organisations.search(name)).isEmpty();
    }

    @Test
    void duplicateNameAndCharityNumberAreShownInTheErrorSummaryAndNothingIsSaved() throws Exception {
        var org = existing(Unique.name("Puffin Care"));

        mvc.perform(post("/organisations")
                        .params(fields("  " + org.name().toUpperCase() + " ", "THIRD", "CHARITY", org.charityNumber()))
                        .with(users.as(DemoUsers.ADMIN))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("href=\"#name\"")))
                .andExpect(content().string(containsString("is already in the directory")))
                .andExpect(content().string(containsString("href=\"#charityNumber\"")))
                .andExpect(content()
                        .string(containsString(
                                "Charity number " + org.charityNumber() + " already belongs to another organisation")));
        assertThat(organisations.search(org.name())).hasSize(1);
    }

    @Test
    void fieldRulesAreShownWithoutSavingAnything() throws Exception {
        String tooLong = "Long name " + "x".repeat(200);
        mvc.perform(post("/organisations")
                        .param("name", tooLong)
                        .param("charityNumber", "12345")
                        .with(users.as(DemoUsers.ADMIN))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Error: Add an organisation")))
                .andExpect(content().string(containsString("Name must be 200 characters or fewer")))
                .andExpect(content().string(containsString("Choose the sector")))
                .andExpect(content().string(containsString("Choose the type of organisation")))
                .andExpect(content().string(containsString("Enter a Scottish charity number like SC012345")))
                .andExpect(content().string(containsString("href=\"#sector\"")))
                .andExpect(content().string(containsString("id=\"sector\"")));
        assertThat(organisations.search(tooLong)).isEmpty();
    }

    @Test
    void aSectorThatIsNotOnTheListIsRefused() throws Exception {
        String name = Unique.name("Martian Society");
        mvc.perform(post("/organisations")
                        .params(fields(name, "MARTIAN", "CHARITY", ""))
                        .with(users.as(DemoUsers.ADMIN))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose a sector from the list")));
        assertThat(organisations.search(name)).isEmpty();
    }

    @Test
    void administratorChangesAnOrganisationAndTheHistoryShowsBeforeAndAfter() throws Exception {
        var org = existing(Unique.name("Gannet Group"));
        String renamed = Unique.name("Gannet Partnership");

        mvc.perform(get("/organisations/{id}/edit", org.id()).with(users.as(DemoUsers.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"version\" value=\"" + org.version() + "\"")))
                .andExpect(content().string(containsString("value=\"" + org.name() + "\"")));
        mvc.perform(edit(org, renamed, org.version()).with(users.as(DemoUsers.ADMIN)))
                .andExpect(redirectedUrl("/organisations/" + org.id()));

        String history = mvc.perform(
                        get("/organisations/{id}/history", org.id()).with(users.as(DemoUsers.IAIN)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(HtmlUtils.htmlUnescape(history))
                .contains("Organisation updated")
                .contains("Name: " + org.name() + " -> " + renamed)
                .contains("Organisation created")
                .contains(DemoUsers.ADMIN);
    }

    @Test
    void aSaveOverSomeoneElsesChangeIsRefusedWithTheReason() throws Exception {
        var org = existing(Unique.name("Curlew Centre"));
        String theirs = Unique.name("Curlew Hub");
        users.runAsAdmin(() -> organisations.update(org.id(), org.version(), withName(org, theirs)));

        mvc.perform(edit(org, Unique.name("Curlew Place"), org.version()).with(users.as(DemoUsers.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("Someone else changed this since you opened it")));
        assertThat(organisations.get(org.id()).name()).isEqualTo(theirs);
    }

    @Test
    void anUnknownOrganisationIsNotFound() throws Exception {
        mvc.perform(get("/organisations/{id}", Long.MAX_VALUE).with(users.as(DemoUsers.IAIN)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Page not found")));
        mvc.perform(get("/organisations/{id}/history", Long.MAX_VALUE).with(users.as(DemoUsers.IAIN)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/organisations/not-a-number").with(users.as(DemoUsers.IAIN)))
                .andExpect(status().isNotFound());
    }

    private OrganisationSummary existing(String name) {
        var created = new AtomicReference<OrganisationSummary>();
        users.runAsAdmin(() -> created.set(organisations.create(
                new OrganisationDetails(name, Sector.THIRD, OrganisationType.CHARITY, charityNumber(), null, "Fife"))));
        return created.get();
    }

    private static OrganisationDetails withName(OrganisationSummary org, String name) {
        var d = org.details();
        return new OrganisationDetails(name, d.sector(), d.type(), d.charityNumber(), d.companyNumber(), d.region());
    }

    private static MockHttpServletRequestBuilder edit(OrganisationSummary org, String name, int version) {
        return post("/organisations/{id}/edit", org.id())
                .params(fields(name, org.sector().name(), org.type().name(), org.charityNumber()))
                .param("version", String.valueOf(version))
                .with(csrf());
    }

    private static org.springframework.util.MultiValueMap<String, String> fields(
            String name, String sector, String type, String charityNumber) {
        var map = new org.springframework.util.LinkedMultiValueMap<String, String>();
        map.add("name", name);
        map.add("sector", sector);
        map.add("type", type);
        map.add("charityNumber", charityNumber);
        return map;
    }

    static String charityNumber() {
        return "SC" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    }
}
