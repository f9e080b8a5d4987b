package scot.cairn.partnership.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static scot.cairn.partnership.api.PartnershipApi.BASE;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;
import tools.jackson.databind.json.JsonMapper;

/**
 * Carers and people who use services without an email address: recorded by name with what they agreed to, seen in
 * detail only by managers, seated on a group by person, and never able to manage.
 */
@CairnTest
class PeopleWithoutEmailIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcClient jdbc;

    PartnershipApi api;
    String fiona;
    String david;
    long id;

    @BeforeEach
    void setUp() throws Exception {
        api = new PartnershipApi(mvc, json, users);
        fiona = api.token(DemoUsers.FIONA);
        david = api.token(DemoUsers.DAVID);
        id = api.start(fiona, users.current(DemoUsers.FIONA).organisationId());
        api.put(fiona, BASE + "/" + id + "/members", Map.of("email", DemoUsers.DAVID, "role", "MEMBER"))
                .andExpect(status().isOk());
    }

    private static Map<String, Object> carer(String name) {
        var body = new HashMap<String, Object>();
        body.put("fullName", name);
        body.put("phone", "01324 506070");
        body.put("postalAddress", "4 Kerse Road\nGrangemouth FK3 8AA");
        body.put("consent", "To be phoned about board meetings; name in the minutes");
        body.put("role", "MEMBER");
        return body;
    }

    private long add(Map<String, Object> body) throws Exception {
        var added = api.post(fiona, BASE + "/" + id + "/members/without-email", body)
                .andExpect(status().isCreated())
                .andReturn();
        return ((Number) JsonPath.read(added.getResponse().getContentAsString(), "$.personId")).longValue();
    }

    @Test
    void aManagerRecordsTwoCarersWithoutEmailAndOnlyManagersSeeHowToReachThem() throws Exception {
        long ann = add(carer("Ann Brodie"));
        long bill = add(carer("Bill Brodie"));
        assertThat(ann).isNotEqualTo(bill);

        api.get(fiona, BASE + "/" + id + "/members/" + ann + "/contact")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fullName").value("Ann Brodie"))
                .andExpect(jsonPath("$.phone").value("01324 506070"))
                .andExpect(jsonPath("$.consentOn")
                        .value(LocalDate.now(ZoneId.of("Europe/London")).toString()))
                .andExpect(jsonPath("$.recordedBy").value("Fiona Reid"));
        api.get(fiona, BASE + "/" + id + "/members")
                .andExpect(jsonPath("$[?(@.personId == " + ann + ")].fullName", hasItem("Ann Brodie")))
                .andExpect(jsonPath("$[?(@.personId == " + ann + ")].email", hasItem(nullValue())));
        api.get(david, BASE + "/" + id + "/members/" + ann + "/contact").andExpect(status().isNotFound());
        long fionaId = users.current(DemoUsers.FIONA).personId();
        api.get(fiona, BASE + "/" + id + "/members/" + fionaId + "/contact").andExpect(status().isNotFound());
        api.get(fiona, BASE + "/" + id + "/history")
                .andExpect(jsonPath("$[0].action").value("Member without an email address added"));
    }

    @Test
    void badDetailsAreRefusedByFieldAndNobodyIsRecorded() throws Exception {
        long before = jdbc.sql("select count(*) from directory_person")
                .query(Long.class)
                .single();
        var bad = carer("  ");
        bad.put("phone", "call me <b>");
        bad.put("consent", "");
        api.post(fiona, BASE + "/" + id + "/members/without-email", bad)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("fullName")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("phone")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("consent")))
                .andExpect(jsonPath(
                        "$.errors[?(@.field == 'consent')].message",
                        hasItem("Enter what the person agreed to, for example to be phoned about board meetings")));
        var manager = carer("Cara Brodie");
        manager.put("role", "MANAGER");
        api.post(fiona, BASE + "/" + id + "/members/without-email", manager)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("role"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Cara Brodie has no email address, so cannot sign in to manage the partnership."
                                + " Choose member or observer"));
        api.post(david, BASE + "/" + id + "/members/without-email", carer("Dan Brodie"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from directory_person")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void contactDetailsChangeWithTheVersionReadAndTheConsentDateMovesOnlyWithTheConsent() throws Exception {
        long ann = add(carer("Ann Brodie"));
        jdbc.sql("update directory_person set consent_on = date '2026-01-05' where id = ?")
                .param(ann)
                .update();
        var change = carer("Ann Brodie");
        change.put("phone", "07700 900123");
        change.put("version", 0);
        api.put(fiona, BASE + "/" + id + "/members/" + ann + "/contact", change)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.phone").value("07700 900123"))
                .andExpect(jsonPath("$.consentOn").value("2026-01-05"));
        api.put(fiona, BASE + "/" + id + "/members/" + ann + "/contact", change).andExpect(status().isConflict());
        change.put("version", 1);
        change.put("consent", "To be phoned about board meetings only");
        api.put(fiona, BASE + "/" + id + "/members/" + ann + "/contact", change)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.consentOn")
                        .value(LocalDate.now(ZoneId.of("Europe/London")).toString()));
        api.put(david, BASE + "/" + id + "/members/" + ann + "/contact", change).andExpect(status().isForbidden());
    }

    @Test
    void aCarerWithoutEmailTakesABoardSeatAsAServiceUserButCannotBecomeAManager() throws Exception {
        long ann = add(carer("Ann Brodie"));
        api.post(fiona, BASE + "/" + id + "/groups/standard", "").andExpect(status().isOk());
        var groups = api.get(fiona, BASE + "/" + id + "/groups").andReturn();
        List<Number> boards = JsonPath.read(groups.getResponse().getContentAsString(), "$[?(@.kind == 'BOARD')].id");
        String members = BASE + "/" + id + "/groups/" + boards.get(0).longValue() + "/members";
        api.post(fiona, members, Map.of("personId", ann, "serviceUser", true))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.members[?(@.personId == " + ann + ")].fullName", hasItem("Ann Brodie")))
                .andExpect(jsonPath("$.members[?(@.personId == " + ann + ")].organisationId", hasItem(nullValue())));
        api.post(fiona, members, Map.of("personId", Long.MAX_VALUE, "serviceUser", true))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("personId"));

        api.put(fiona, BASE + "/" + id + "/members", Map.of("email", "", "role", "MANAGER"))
                .andExpect(status().isBadRequest());
        var form = mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                                        "/partnerships/" + id + "/members/" + ann)
                                .param("role", "MANAGER")
                                .with(users.as(DemoUsers.FIONA))
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(form.getResponse().getContentAsString())
                .contains("Ann Brodie has no email address, so cannot sign in to manage the partnership.");
        api.get(fiona, BASE + "/" + id + "/members")
                .andExpect(jsonPath("$[?(@.personId == " + ann + ")].role", hasItem("MEMBER")));
    }
}
