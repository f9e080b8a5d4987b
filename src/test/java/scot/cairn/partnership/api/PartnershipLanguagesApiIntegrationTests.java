package scot.cairn.partnership.api;

import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static scot.cairn.partnership.api.PartnershipApi.BASE;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;
import tools.jackson.databind.json.JsonMapper;

/** The API keeps English enum values but answers in words in the language the request asks for. */
@CairnTest
class PartnershipLanguagesApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    DemoUsers users;

    PartnershipApi api;
    String fiona;
    long id;

    @BeforeEach
    void setUp() throws Exception {
        api = new PartnershipApi(mvc, json, users);
        fiona = api.token(DemoUsers.FIONA);
        id = api.start(fiona, users.current(DemoUsers.FIONA).organisationId());
    }

    @Test
    void aRefusalIsAProblemInWelsh() throws Exception {
        mvc.perform(MockMvcRequestBuilders.post(BASE + "/" + id + "/gate/advance")
                        .header("Authorization", fiona)
                        .header("Accept-Language", "cy"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Mewnbwn annilys"))
                .andExpect(jsonPath("$.detail", startsWith("Nid yw’r porth ar agor eto. Heb eu bodloni:")));
    }

    @Test
    void theGateKeepsEnglishValuesAndGivesItsReasonsInGaelic() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get(BASE + "/" + id + "/gate")
                        .header("Authorization", fiona)
                        .header("Accept-Language", "gd"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value("EXPLORE"))
                .andExpect(jsonPath("$.criteria[?(@.criterion == 'Tha am measadh iomchaidheachd ag ràdh air adhart')]")
                        .exists())
                .andExpect(jsonPath("$.criteria[?(@.reason == 'Cha deach am measadh a cho-dhùnadh fhathast.')]")
                        .exists());
    }
}
