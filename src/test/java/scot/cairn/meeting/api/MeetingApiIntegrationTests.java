package scot.cairn.meeting.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import scot.cairn.governance.GovernanceFixture;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;

@CairnTest
class MeetingApiIntegrationTests {

    @Autowired
    GovernanceFixture governance;

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    String meetings;
    long board;

    @BeforeEach
    void setUp() {
        long id = governance.newPartnership();
        board = governance.board(id);
        meetings = "/api/v1/partnerships/" + id + "/meetings";
    }

    ResultActions call(MockHttpServletRequestBuilder request, String user, String body) throws Exception {
        request.header(HttpHeaders.AUTHORIZATION, users.bearer(user))
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON);
        if (body != null) {
            request.content(body);
        }
        return mvc.perform(request);
    }

    @Test
    void aScriptSchedulesASeriesRecordsAttendanceAndIsRefusedClearly() throws Exception {
        var past = LocalDate.now(ZoneId.of("Europe/London")).minusDays(14);
        String created = call(post(meetings), DemoUsers.FIONA, """
                        {"groupId": %d, "title": "Board", "date": "%s", "starts": "10:00", "ends": "12:00",
                         "onlineLink": "https://meet.example/board", "repeat": "WEEKLY", "count": 2}
                        """.formatted(board, past))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].reference").value("M-1"))
                .andExpect(jsonPath("$[1].reference").value("M-2"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String first = meetings + "/" + JsonPath.read(created, "$[0].id");
        call(post(meetings), DemoUsers.DAVID, """
                        {"groupId": %d, "title": "Board", "date": "%s", "starts": "10:00", "ends": "12:00",
                         "place": "Falkirk"}
                        """.formatted(board, past)).andExpect(status().isForbidden());
        call(post(meetings), DemoUsers.FIONA, "{\"groupId\": %d, \"title\": \"Board\"}".formatted(board))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        call(post(first + "/attendance"), DemoUsers.FIONA, "{\"version\": 0, \"present\": [0, 1]}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.attendanceRecorded").value(true))
                .andExpect(jsonPath("$.quorate").value(false))
                .andExpect(jsonPath("$.quorumMissing[0]")
                        .value("The service-user seat must be invited: a service user or carer among the invitees"));
        call(post(first + "/agenda/0/remove"), DemoUsers.FIONA, "{\"version\": 1}")
                .andExpect(status().isBadRequest());
        call(post(first + "/cancel"), DemoUsers.FIONA, "{\"version\": 1}").andExpect(status().isOk());
        call(post(first + "/agenda"), DemoUsers.FIONA, "{\"version\": 2, \"item\": {\"title\": \"Late\"}}")
                .andExpect(status().isConflict());
        call(get(first), DemoUsers.MORVEN, null).andExpect(status().isNotFound());
    }
}
