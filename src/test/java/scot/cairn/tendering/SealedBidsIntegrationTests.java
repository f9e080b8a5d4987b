package scot.cairn.tendering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import scot.cairn.governance.AssignmentDetails;
import scot.cairn.governance.GovernanceFixture;
import scot.cairn.governance.RoleService;
import scot.cairn.partnership.MemberRole;
import scot.cairn.partnership.MembershipService;
import scot.cairn.partnership.Role;
import scot.cairn.platform.PlatformClock;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sealed bids: a published tender read by any provider; interest before a bid; bids sent and replaced with the version
 * read, each answered with a receipt; late bids refused by the server's clock; nobody, administrators included,
 * reading a bid or learning how many there are before the opening, by page, API, download, audit trail or search,
 * each attempt recorded; the content encrypted at rest; two different people, one the Procurement Representative,
 * opening after the deadline; each bid checked against its receipt, a bid altered at rest found out.
 */
@CairnTest
class SealedBidsIntegrationTests {

    /** A minimal PDF: what FileType accepts as one. */
    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    DemoUsers users;

    @Autowired
    TenderingFixture tendering;

    @Autowired
    RoleService roles;

    @Autowired
    MembershipService membership;

    @Autowired
    JdbcClient jdbc;

    long id;
    long tid;
    String base;
    LocalDate due;

    @BeforeEach
    void setUp() {
        id = tendering.inPilot();
        due = LocalDate.now(DeclarationService.SCOTLAND).plusDays(5);
        tid = tendering.publishedTender(id, due);
        base = "/api/v1/partnerships/" + id + "/tenders/" + tid;
    }

    private ResultActions call(
            org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> request, String who)
            throws Exception {
        return mvc.perform(request.header("Authorization", users.bearer(who)));
    }

    private ResultActions send(
            String who, Integer version, Map<String, Object> prices, Map<String, Object> answers, byte[] file)
            throws Exception {
        var body = new java.util.HashMap<String, Object>();
        body.put("version", version);
        body.put("prices", prices);
        body.put("answers", answers);
        var request = multipart(base + "/bid")
                .file(new MockMultipartFile("bid", "", MediaType.APPLICATION_JSON_VALUE, json.writeValueAsBytes(body)));
        if (file != null) {
            request.file(new MockMultipartFile("files", "method.pdf", "application/pdf", file));
        }
        return call(request, who);
    }

    private ResultActions opening(String who, String step) throws Exception {
        return call(
                post(base + "/opening")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsBytes(Map.of("step", step))),
                who);
    }

    private Instant afterDeadline() {
        return due.atTime(12, 0).atZone(DeclarationService.SCOTLAND).toInstant().plus(Duration.ofMinutes(1));
    }

    private <T> T later(ThrowingSupplier<T> steps) {
        return PlatformClock.asOf(afterDeadline(), () -> {
            try {
                return steps.get();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    interface ThrowingSupplier<T> {
        T get() throws Exception;
    }

    private static final String STABLE = "Every child keeps a named carer, with support through the night.";

    private void twoBids() throws Exception {
        call(post(base + "/interest"), DemoUsers.IAIN).andExpect(status().isOk());
        send(DemoUsers.IAIN, null, Map.of("0", 3900000), Map.of("1", STABLE), PDF)
                .andExpect(status().isCreated());
        call(post(base + "/interest"), DemoUsers.DAVID).andExpect(status().isOk());
        send(DemoUsers.DAVID, null, Map.of("0", 4100000), Map.of("1", "Carers from Falkirk."), null)
                .andExpect(status().isCreated());
    }

    @Test
    void providersExpressInterestAndSendSealedBidsWithReceiptsUntilTheDeadline() throws Exception {
        call(get("/api/v1/tenders"), DemoUsers.IAIN)
                .andExpect(jsonPath("$[?(@.tenderId == " + tid + ")].reference").value("T-1"));
        call(get(base + "/bidding"), DemoUsers.IAIN)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.interested").value(false))
                .andExpect(jsonPath("$.questions[0].text").value("How will you keep placements stable?"))
                .andExpect(jsonPath("$.questions[0].guidance").doesNotExist());
        // Every provider reads the specification the tender rests on, by the API and from the bid page.
        var pdf = call(get(base + "/specification"), DemoUsers.IAIN)
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        mvc.perform(get("/partnerships/" + id + "/tenders/" + tid + "/bid").with(users.as(DemoUsers.IAIN)))
                .andExpect(content().string(containsString("/tenders/" + tid + "/specification.pdf")));
        mvc.perform(get("/partnerships/" + id + "/tenders/" + tid + "/specification.pdf")
                        .with(users.as(DemoUsers.IAIN)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"));
        call(post(base + "/interest"), DemoUsers.SAM).andExpect(status().isForbidden());
        call(post(base + "/interest"), DemoUsers.FIONA)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("public sector")));
        send(DemoUsers.IAIN, null, Map.of("0", 3900000), Map.of("1", STABLE), PDF)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Express your organisation’s interest in the tender before sending a bid"));
        call(post(base + "/interest"), DemoUsers.IAIN)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.interested").value(true));
        send(DemoUsers.IAIN, null, Map.of("2", 0), Map.of("1", " ", "7", "x"), "not a pdf".getBytes())
                .andExpect(status().isBadRequest())
                .andExpect(
                        jsonPath("$.errors[?(@.field == 'prices[2]')].message").value("The tender has no lot 2"))
                .andExpect(
                        jsonPath("$.errors[?(@.field == 'answers[1]')].message").value("Answer Q1"))
                .andExpect(
                        jsonPath("$.errors[?(@.field == 'answers[7]')].message").value("The tender has no question Q7"))
                .andExpect(jsonPath("$.errors[?(@.field == 'files')]").exists());
        var first = send(DemoUsers.IAIN, null, Map.of("0", 3900000), Map.of("1", STABLE), PDF)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.sha256").value(org.hamcrest.Matchers.matchesPattern("[0-9a-f]{64}")))
                .andReturn();
        send(DemoUsers.IAIN, null, Map.of("0", 3800000), Map.of("1", STABLE), PDF)
                .andExpect(status().is(428));
        send(DemoUsers.IAIN, 3, Map.of("0", 3800000), Map.of("1", STABLE), PDF).andExpect(status().isConflict());
        send(DemoUsers.IAIN, 0, Map.of("0", 3800000), Map.of("1", STABLE), PDF).andExpect(status().isCreated());
        call(get(base + "/bidding"), DemoUsers.IAIN)
                .andExpect(jsonPath("$.bidVersion").value(1))
                .andExpect(jsonPath("$.receipts.length()").value(2))
                .andExpect(jsonPath("$.receipts[0].sha256")
                        .value(com.jayway.jsonpath.JsonPath.<String>read(
                                first.getResponse().getContentAsString(), "$.sha256")));
        // David's organisation sees nothing of Theatre Nemo's.
        call(post(base + "/interest"), DemoUsers.DAVID).andExpect(status().isOk());
        call(get(base + "/bidding"), DemoUsers.DAVID)
                .andExpect(jsonPath("$.receipts.length()").value(0))
                .andExpect(jsonPath("$.bidVersion").doesNotExist());

        // After noon on the due day, by the server's clock, nothing is taken.
        later(() -> send(DemoUsers.DAVID, null, Map.of("0", 4000000), Map.of("1", "Late."), null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message")
                        .value("The deadline for bids was noon on " + due + ": no bid is taken after it")));
        later(() -> call(get("/api/v1/tenders"), DemoUsers.IAIN)
                .andExpect(jsonPath("$[?(@.tenderId == " + tid + ")]").isEmpty()));

        // Each provider's own list keeps the tender after the deadline, with whether its organisation sent a bid.
        String mine = "$[?(@.tenderId == " + tid + ")]";
        call(get("/api/v1/tenders/interested"), DemoUsers.DAVID)
                .andExpect(jsonPath(mine + ".bidSent").value(false))
                .andExpect(jsonPath(mine + ".stage").value("TAKING_BIDS"));
        call(get("/api/v1/tenders/interested"), DemoUsers.FIONA)
                .andExpect(jsonPath(mine).isEmpty());
        later(() -> call(get("/api/v1/tenders/interested"), DemoUsers.IAIN)
                .andExpect(jsonPath(mine + ".reference").value("T-1"))
                .andExpect(jsonPath(mine + ".bidSent").value(true))
                .andExpect(jsonPath(mine + ".stage").value("CLOSED")));
        later(() -> mvc.perform(get("/tenders").with(users.as(DemoUsers.IAIN)))
                .andExpect(content().string(containsString("Your organisation’s tenders")))
                .andExpect(content().string(containsString("Closed to bids")))
                .andExpect(content().string(containsString("/tenders/" + tid + "/bid"))));
        later(() -> mvc.perform(
                        get("/partnerships/" + id + "/tenders/" + tid + "/bid").with(users.as(DemoUsers.IAIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Questions closed at")))
                .andExpect(content().string(containsString("No answer has been published.")))
                .andExpect(content().string(not(containsString("may ask until")))));
    }

    @Test
    void nobodyReadsABidOrLearnsHowManyBeforeTheOpeningByAnyRoute() throws Exception {
        twoBids();
        call(get(base + "/bids"), DemoUsers.ADMIN)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("sealed")));
        call(get(base + "/bids"), DemoUsers.FIONA).andExpect(status().isForbidden());
        call(get("/api/v1/partnerships/" + id + "/history"), DemoUsers.DAVID)
                .andExpect(content().string(not(containsString("Interest in bidding"))))
                .andExpect(content().string(not(containsString("iain.campbell"))));
        long bid = jdbc.sql("select min(id) from tendering_bid where tender_id = ?")
                .param(tid)
                .query(Long.class)
                .single();
        call(get(base + "/bids/" + bid + "/files/1"), DemoUsers.ADMIN).andExpect(status().isForbidden());
        String page = "/partnerships/" + id + "/tenders/" + tid;
        mvc.perform(get(page + "/bids").with(users.as(DemoUsers.ADMIN))).andExpect(status().isForbidden());
        mvc.perform(get(page + "/bids.csv").with(users.as(DemoUsers.ADMIN))).andExpect(status().isForbidden());
        opening(DemoUsers.FIONA, "BEGIN")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Bids are opened after the deadline, noon on " + due));
        call(get(base + "/opening"), DemoUsers.ADMIN)
                .andExpect(jsonPath("$.bids").doesNotExist())
                .andExpect(jsonPath("$.due").value(false));
        mvc.perform(get(page).with(users.as(DemoUsers.ADMIN)))
                .andExpect(content().string(containsString("Bids are sealed until the deadline")))
                .andExpect(content().string(not(containsString("Theatre Nemo"))));

        // The audit trail records the attempts and nothing of the bids; the search finds nothing of them.
        call(get("/api/v1/partnerships/" + id + "/history"), DemoUsers.ADMIN)
                .andExpect(content().string(not(containsString("Theatre Nemo"))))
                .andExpect(content().string(not(containsString("3900000"))))
                .andExpect(content().string(containsString("Bids asked for before the opening: refused")));
        mvc.perform(get("/partnerships/" + id + "/history").with(users.as(DemoUsers.ADMIN)))
                .andExpect(content().string(not(containsString("Theatre Nemo"))));
        long refusals = jdbc.sql("select count(*) from platform_audit_event where action = ? and subject_id = ?")
                .params("tendering.audit.sealedReadRefused", tid)
                .query(Long.class)
                .single();
        assertThat(refusals).isEqualTo(5);
        call(get("/api/v1/partnerships?scope=all&title=named carer"), DemoUsers.ADMIN)
                .andExpect(content().string(not(containsString("Foster"))));
        call(get("/api/v1/partnerships/" + id + "/ocds/release-package"), DemoUsers.ADMIN)
                .andExpect(content().string(not(containsString("Theatre Nemo"))));

        // At rest the bids are ciphertext: neither the answer nor the file is in the database as sent.
        var stored = jdbc.sql("select sealed_manifest, sealed_files from tendering_bid where tender_id = ?")
                .param(tid)
                .query((rs, n) -> new String(rs.getBytes(1), StandardCharsets.ISO_8859_1)
                        + new String(rs.getBytes(2), StandardCharsets.ISO_8859_1))
                .list();
        assertThat(stored).hasSize(2).noneMatch(s -> s.contains("named carer") || s.contains("%PDF"));
    }

    @Test
    void twoPeopleOneTheProcurementRepresentativeOpenTheBidsAfterTheDeadline() throws Exception {
        twoBids();
        // A bid altered at rest no longer matches: flip a byte of David's files.
        long davids = jdbc.sql("select max(id) from tendering_bid where tender_id = ?")
                .param(tid)
                .query(Long.class)
                .single();
        var sealed = jdbc.sql("select sealed_manifest from tendering_bid where id = ?")
                .param(davids)
                .query(byte[].class)
                .single();
        sealed[sealed.length - 1] ^= 1;
        jdbc.sql("update tendering_bid set sealed_manifest = ? where id = ?")
                .params(sealed, davids)
                .update();

        // Nobody outside the partnership opens it, not even an administrator; nor does anyone whose organisation bid.
        later(() -> opening(DemoUsers.IAIN, "BEGIN").andExpect(status().isNotFound()));
        later(() -> opening(DemoUsers.ADMIN, "BEGIN")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("take part in the partnership"))));
        membership.setMember(id, DemoUsers.DAVID, MemberRole.MANAGER, users.current(DemoUsers.FIONA));
        later(() -> opening(DemoUsers.DAVID, "BEGIN")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("Your organisation has expressed interest"))));
        // Made a manager of the partnership, the administrator takes part and may be the second officer.
        membership.setMember(id, DemoUsers.ADMIN, MemberRole.MANAGER, users.current(DemoUsers.FIONA));
        later(() -> opening(DemoUsers.ADMIN, "COMPLETE").andExpect(status().isConflict()));
        later(() -> opening(DemoUsers.ADMIN, "BEGIN")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.firstBy").value("Alex Morgan"))
                .andExpect(jsonPath("$.bids").doesNotExist()));
        later(() -> opening(DemoUsers.FIONA, "BEGIN").andExpect(status().isConflict()));
        later(() -> opening(DemoUsers.ADMIN, "COMPLETE")
                .andExpect(status().isBadRequest())
                .andExpect(
                        jsonPath("$.errors[0].message").value("You began the opening: a second person completes it")));
        later(() -> opening(DemoUsers.FIONA, "COMPLETE")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message")
                        .value("One of the two people opening the bids must be the Procurement Representative")));
        roles.assign(
                id,
                new AssignmentDetails(Role.PROCUREMENT_REPRESENTATIVE, DemoUsers.FIONA, GovernanceFixture.SPONSOR_DAYS),
                users.current(DemoUsers.FIONA));
        later(() -> call(get(base + "/bids"), DemoUsers.FIONA).andExpect(status().isForbidden()));
        later(() -> opening(DemoUsers.FIONA, "COMPLETE")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.bids").value(2))
                .andExpect(jsonPath("$.secondBy").value("Fiona Reid")));
        later(() -> opening(DemoUsers.FIONA, "COMPLETE")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("The bids are already open")));
        call(get(base + "/bids"), DemoUsers.IAIN).andExpect(status().isNotFound());

        call(get(base + "/bids"), DemoUsers.DAVID).andExpect(status().isForbidden());
        var bids = call(get(base + "/bids"), DemoUsers.FIONA)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].organisation").value("Theatre Nemo"))
                .andExpect(jsonPath("$[0].intact").value(true))
                .andExpect(jsonPath("$[0].prices['0']").value(3900000))
                .andExpect(jsonPath("$[0].answers['1']").value(STABLE))
                .andExpect(jsonPath("$[0].files[0].name").value("method.pdf"))
                .andExpect(jsonPath("$[1].intact").value(false))
                .andReturn();
        long nemo = ((Number)
                        com.jayway.jsonpath.JsonPath.read(bids.getResponse().getContentAsString(), "$[0].id"))
                .longValue();
        var file = call(get(base + "/bids/" + nemo + "/files/1"), DemoUsers.FIONA)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(file).isEqualTo(PDF);
        mvc.perform(get("/partnerships/" + id + "/tenders/" + tid + "/bids.csv").with(users.as(DemoUsers.FIONA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Theatre Nemo")));
        mvc.perform(get("/partnerships/" + id + "/tenders/" + tid + "/bids").with(users.as(DemoUsers.FIONA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(STABLE)))
                .andExpect(content().string(containsString("Does not match its receipt")));
        call(get("/api/v1/partnerships/" + id + "/history"), DemoUsers.FIONA)
                .andExpect(content().string(containsString("Bid opened and matching its receipt")))
                .andExpect(content().string(containsString("Bid opened and not matching its receipt")))
                .andExpect(content().string(containsString("Interest in bidding expressed")));
    }
}
