package scot.cairn.partnership;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import scot.cairn.governance.GovernanceFixture;
import scot.cairn.support.Bulk;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;
import scot.cairn.support.Refusals;
import scot.cairn.support.Requests;

/** A partnership has at most 200 partners and 500 members, on the pages and in the API alike. */
@CairnTest
class PartnershipLimitsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    GovernanceFixture fixture;

    Requests requests;
    Bulk bulk;
    long id;

    @BeforeEach
    void setUp() {
        requests = new Requests(mvc, users);
        bulk = new Bulk(jdbc);
        // Falkirk Council (lead) and Falkirk CVS are its partners; Fiona and David its members.
        id = fixture.newPartnership();
    }

    @Test
    void theTwoHundredthPartnerIsTakenAndTheNextRefused() throws Exception {
        List<Long> orgs = bulk.organisations(199);
        for (long org : orgs.subList(0, 197)) {
            jdbc.sql(
                            "insert into partnership_partner (partnership_id, organisation_id, standing) values (?, ?, 'INFORMED')")
                    .params(id, org)
                    .update();
        }
        String partners = "/api/v1/partnerships/" + id + "/partners/";
        requests.api(HttpMethod.PUT, partners + orgs.get(197), DemoUsers.FIONA, "{\"standing\":\"CONSULTED\"}")
                .andExpect(status().isOk());
        requests.api(HttpMethod.PUT, partners + orgs.get(0), DemoUsers.FIONA, "{\"standing\":\"CONSULTED\"}")
                .andExpect(status().isOk());

        String message = "A partnership has at most 200 partners; this one would have 201";
        Refusals.onPage(
                requests.form(
                        "/partnerships/" + id + "/partners",
                        DemoUsers.FIONA,
                        "organisationId",
                        String.valueOf(orgs.get(198)),
                        "standing",
                        "CONSULTED"),
                message);
        Refusals.inApi(
                requests.api(HttpMethod.PUT, partners + orgs.get(198), DemoUsers.FIONA, "{\"standing\":\"CONSULTED\"}"),
                "organisationId",
                message);
    }

    @Test
    void theFiveHundredthMemberIsTakenAndTheNextRefused() throws Exception {
        for (long person : bulk.people(497, null)) {
            jdbc.sql("insert into partnership_member (partnership_id, person_id, role) values (?, ?, 'MEMBER')")
                    .params(id, person)
                    .update();
        }
        String members = "/api/v1/partnerships/" + id + "/members";
        requests.api(HttpMethod.PUT, members, DemoUsers.FIONA, member(DemoUsers.SAM))
                .andExpect(status().isOk());
        requests.api(
                        HttpMethod.PUT,
                        members,
                        DemoUsers.FIONA,
                        "{\"email\":\"" + DemoUsers.SAM + "\",\"role\":\"MEMBER\"}")
                .andExpect(status().isOk());

        String message = "A partnership has at most 500 members; this one would have 501";
        Refusals.onPage(
                requests.form(
                        "/partnerships/" + id + "/members",
                        DemoUsers.FIONA,
                        "email",
                        DemoUsers.IAIN,
                        "role",
                        "OBSERVER"),
                message);
        Refusals.inApi(
                requests.api(HttpMethod.PUT, members, DemoUsers.FIONA, member(DemoUsers.IAIN)), "email", message);

        // An invitation to someone new is refused too, and leaves no person, account or email behind.
        String newcomer = "newcomer." + scot.cairn.support.Unique.suffix() + "@test.example";
        Refusals.inApi(
                requests.api(
                        HttpMethod.POST,
                        "/api/v1/partnerships/" + id + "/invitations",
                        DemoUsers.FIONA,
                        "{\"name\":\"New Comer\",\"email\":\"" + newcomer + "\",\"role\":\"MEMBER\"}"),
                "email",
                message);
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("select count(*) from directory_person where email = ?")
                        .param(newcomer)
                        .query(Integer.class)
                        .single())
                .isZero();
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("select count(*) from platform_mail where recipient = ?")
                        .param(newcomer)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    private static String member(String email) {
        return "{\"email\":\"" + email + "\",\"role\":\"OBSERVER\"}";
    }
}
