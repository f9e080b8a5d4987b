package scot.cairn.partnership.api;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import scot.cairn.partnership.Market;
import scot.cairn.partnership.PartnershipDetails;
import scot.cairn.partnership.PartnershipService;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;
import scot.cairn.support.Unique;
import tools.jackson.databind.json.JsonMapper;

/** The API's list of partnerships: pages, the total, links to the next and previous pages, filters and refusals. */
@CairnTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartnershipListApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    DemoUsers users;

    @Autowired
    PartnershipService partnerships;

    PartnershipApi api;
    String fiona;
    String word;

    @BeforeAll
    void sevenPartnershipsOfFionas() {
        api = new PartnershipApi(mvc, json, users);
        fiona = api.token(DemoUsers.FIONA);
        word = "Listing" + Unique.suffix();
        for (int n = 1; n <= 7; n++) {
            partnerships.start(
                    new PartnershipDetails(
                            "%s %d".formatted(word, n),
                            n <= 2 ? Market.TRANSPORT : Market.HEALTH,
                            n == 7 ? "Orkney" : "Falkirk",
                            "Generated for the API list tests.",
                            null),
                    users.current(DemoUsers.FIONA));
        }
    }

    @Test
    void pagesCarryTheTotalAndLinksToTheirNeighbours() throws Exception {
        api.get(fiona, PartnershipApi.BASE + "?title=" + word + "&size=3&page=2")
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", "7"))
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[0].title").value(word + " 4"))
                .andExpect(jsonPath("$[2].title").value(word + " 6"))
                .andExpect(jsonPath("$[0].role").value("MANAGER"))
                .andExpect(header().string("Link", Matchers.containsString("page=1>; rel=\"prev\"")))
                .andExpect(header().string("Link", Matchers.containsString("page=3>; rel=\"next\"")))
                .andExpect(header().string("Link", Matchers.containsString("size=3")));
        api.get(fiona, PartnershipApi.BASE + "?title=" + word + "&size=3&page=3")
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(header().string("Link", Matchers.not(Matchers.containsString("next"))));
        api.get(fiona, PartnershipApi.BASE + "?title=" + word + "&page=4&size=3")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0))
                .andExpect(header().string("X-Total-Count", "7"));
    }

    @Test
    void withoutPagingEveryMatchComesBackAsBefore() throws Exception {
        api.get(fiona, PartnershipApi.BASE + "?title=" + word.toUpperCase())
                .andExpect(jsonPath("$.length()").value(7))
                .andExpect(header().doesNotExist("Link"));
    }

    @Test
    void filtersNarrowTheList() throws Exception {
        api.get(fiona, PartnershipApi.BASE + "?title=" + word + "&market=transport")
                .andExpect(header().string("X-Total-Count", "2"));
        api.get(fiona, PartnershipApi.BASE + "?title=" + word + "&region=ork")
                .andExpect(jsonPath("$[*].title", Matchers.contains(word + " 7")));
        api.get(fiona, PartnershipApi.BASE + "?title=" + word + "&stage=EXPLORE&role=MANAGER")
                .andExpect(header().string("X-Total-Count", "7"));
        api.get(fiona, PartnershipApi.BASE + "?title=" + word + "&role=MEMBER")
                .andExpect(header().string("X-Total-Count", "0"));
        api.get(api.token(DemoUsers.ADMIN), PartnershipApi.BASE + "?scope=all&title=" + word)
                .andExpect(header().string("X-Total-Count", "7"))
                .andExpect(jsonPath("$[0].role").value(Matchers.nullValue()));
        api.get(api.token(DemoUsers.DAVID), PartnershipApi.BASE + "?scope=all&title=" + word)
                .andExpect(header().string("X-Total-Count", "0"));
    }

    @Test
    void valuesThatCannotBeReadAnswer400NamingTheParameter() throws Exception {
        api.get(fiona, PartnershipApi.BASE + "?stage=SIDEWAYS&role=chief")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("stage", "role")))
                .andExpect(jsonPath("$.detail", Matchers.containsString("Choose a stage from the list")));
        api.get(fiona, PartnershipApi.BASE + "?size=201")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"))
                .andExpect(jsonPath("$.errors[0].message").value("Ask for 1 to 200 partnerships a page"));
        api.get(fiona, PartnershipApi.BASE + "?page=0")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"));
        api.get(fiona, PartnershipApi.BASE + "?page=two")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"));
        api.get(fiona, PartnershipApi.BASE + "?title=" + "x".repeat(201))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("title"));
    }
}
