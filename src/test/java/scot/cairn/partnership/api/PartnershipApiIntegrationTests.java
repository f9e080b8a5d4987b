package scot.cairn.partnership.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static scot.cairn.partnership.api.PartnershipApi.BASE;
import static scot.cairn.partnership.api.PartnershipApi.change;
import static scot.cairn.partnership.api.PartnershipApi.details;

import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;
import scot.cairn.support.Unique;
import tools.jackson.databind.json.JsonMapper;

@CairnTest
class PartnershipApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    DemoUsers users;

    PartnershipApi api;
    String fiona;

    @BeforeEach
    void setUp() {
        api = new PartnershipApi(mvc, json, users);
        fiona = api.token(DemoUsers.FIONA);
    }

    @Test
    void aCommissionerStartsAPartnershipAndManagesIt() throws Exception {
        long falkirkCouncil = users.current(DemoUsers.FIONA).organisationId();
        String title = Unique.name("Respite care");
        var body = details(title);
        body.put("leadPartnerId", falkirkCouncil);

        var location = api.post(fiona, BASE, body)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("http")))
                .andExpect(jsonPath("$.details.title").value(title))
                .andReturn()
                .getResponse()
                .getHeader("Location");

        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(location).endsWith(BASE + "/" + id);
        api.get(fiona, location)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.details.title").value(title))
                .andExpect(jsonPath("$.details.market").value("SOCIAL_CARE"))
                .andExpect(jsonPath("$.stage").value("EXPLORE"))
                .andExpect(jsonPath("$.closure").doesNotExist())
                .andExpect(jsonPath("$.viewerRole").value("MANAGER"))
                .andExpect(jsonPath("$.leadPartnerName").value("Falkirk Council"))
                .andExpect(jsonPath("$.partners[0].organisationId").value(falkirkCouncil))
                .andExpect(jsonPath("$.partners[0].standing").value("CORE"))
                .andExpect(jsonPath("$.partners[0].lead").value(true))
                .andExpect(jsonPath("$.members[0].email").value(DemoUsers.FIONA))
                .andExpect(jsonPath("$.members[0].role").value("MANAGER"))
                .andExpect(jsonPath("$.stages[0].stage").value("EXPLORE"))
                .andExpect(jsonPath("$.stages[0].status").value("current"))
                .andExpect(jsonPath("$.stages[0].actualStart", Matchers.notNullValue()))
                .andExpect(jsonPath("$.stages.length()").value(5));
        api.get(fiona, BASE + "?title=" + title).andExpect(jsonPath("$[*].title", hasItem(title)));
    }

    @Test
    void badDetailsAreRefusedFieldByField() throws Exception {
        var blank = details(" ");
        api.post(fiona, BASE, blank)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[?(@.field == 'title')].message").value("Enter a title"));

        api.post(fiona, BASE, details("x".repeat(201)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'title')].message")
                        .value("Title must be 200 characters or fewer"));

        var rocketry = details(Unique.name("Rockets"));
        rocketry.put("market", "ROCKETRY");
        api.post(fiona, BASE, rocketry)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("market"))
                .andExpect(jsonPath("$.errors[0].message", startsWith("“ROCKETRY” is not one of SOCIAL_CARE")));

        var unknownLead = details(Unique.name("Unknown lead"));
        unknownLead.put("leadPartnerId", Long.MAX_VALUE);
        api.post(fiona, BASE, unknownLead)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("leadPartnerId"));
    }

    @Test
    void aChangeNeedsTheCurrentVersionAndValidDetails() throws Exception {
        long id = api.start(fiona, null);
        int version = api.version(fiona, id);
        String renamed = Unique.name("Renamed");

        api.put(fiona, BASE + "/" + id, Map.of("details", details(renamed)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        var rocketry = details(renamed);
        rocketry.put("market", "ROCKETRY");
        api.put(fiona, BASE + "/" + id, change(version, rocketry))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("details.market"));
        api.put(fiona, BASE + "/" + id, change(version, details("")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("details.title"));

        api.put(fiona, BASE + "/" + id, change(version, details(renamed)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.details.title").value(renamed))
                .andExpect(jsonPath("$.version").value(version + 1));
        api.put(fiona, BASE + "/" + id, change(version, details(Unique.name("Lost update"))))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.title").value("Changed by someone else"))
                .andExpect(jsonPath("$.detail", startsWith("Someone else changed this since you opened it")));
        api.get(fiona, BASE + "/" + id).andExpect(jsonPath("$.details.title").value(renamed));
    }

    @Test
    void administratorsListEveryPartnershipOnlyWhenTheyAsk() throws Exception {
        long id = api.start(fiona, null);
        String title = api.read(api.get(fiona, BASE + "/" + id), "$.details.title");
        String admin = api.token(DemoUsers.ADMIN);

        api.get(admin, BASE + "?scope=all&title=" + title)
                .andExpect(status().isOk())
                .andExpect(jsonPath(
                        "$[?(@.title == '%s')].role".formatted(title), Matchers.contains(Matchers.nullValue())));
        api.get(admin, BASE + "?title=" + title).andExpect(jsonPath("$[*].title", not(hasItem(title))));
        api.get(api.token(DemoUsers.IAIN), BASE + "?scope=all&title=" + title)
                .andExpect(jsonPath("$[*].title", not(hasItem(title))));
        api.get(fiona, BASE + "?scope=everything")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("scope"));
    }

    @Test
    void historyListsEveryChangeNewestFirst() throws Exception {
        long id = api.start(fiona, null);
        String before = api.read(api.get(fiona, BASE + "/" + id), "$.details.title");
        String after = Unique.name("Renamed");
        api.put(fiona, BASE + "/" + id, change(api.version(fiona, id), details(after)))
                .andExpect(status().isOk());

        api.get(fiona, BASE + "/" + id + "/history")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].action").value("Partnership details changed"))
                .andExpect(jsonPath("$[0].actor").value(DemoUsers.FIONA))
                .andExpect(jsonPath("$[0].changes", hasItem("Title: " + before + " -> " + after)))
                .andExpect(jsonPath("$[1].action").value("Partnership started"));
    }
}
