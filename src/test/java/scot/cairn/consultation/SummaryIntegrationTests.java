package scot.cairn.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import scot.cairn.governance.GovernanceFixture;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;

/**
 * A closed consultation's summary: refused while it is open; the team hides an answer that names a child, publishes,
 * and anyone with the link reads the counts and the other answers but never the hidden one; answers stay as they were
 * while it is published; withdrawn, it is gone from the link.
 */
@CairnTest
class SummaryIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    GovernanceFixture governance;

    @Autowired
    ConsultationService consultations;

    @Autowired
    ResponseService responses;

    private ResultActions call(MockHttpServletRequestBuilder request, String who, String body) throws Exception {
        request.header("Authorization", users.bearer(who));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request);
    }

    @Test
    void aSummaryIsPublishedWithoutTheAnswersHiddenFromIt() throws Exception {
        long id = governance.newPartnership();
        var fiona = users.current(DemoUsers.FIONA);
        var c = consultations.create(
                id,
                new ConsultationDetails(
                        "Carers on respite",
                        null,
                        null,
                        Set.of(Method.ONLINE),
                        null,
                        LocalDate.now(ZoneId.of("Europe/London")).plusDays(7),
                        null,
                        true),
                fiona);
        c = consultations.addQuestion(
                id,
                c.id(),
                c.version(),
                new QuestionDetails(QuestionKind.SINGLE_CHOICE, "Enough?", "Yes\nNo", true),
                fiona);
        c = consultations.addQuestion(
                id,
                c.id(),
                c.version(),
                new QuestionDetails(QuestionKind.FREE_TEXT, "What would help?", null, false),
                fiona);
        c = consultations.open(id, c.id(), c.version(), fiona);
        var named = responses.record(
                id,
                c.id(),
                new ResponseDetails(
                        Channel.PAPER,
                        null,
                        null,
                        null,
                        List.of(
                                new AnswerInput(1, null, List.of(2), null),
                                new AnswerInput(2, "Weekend cover for my foster son Jamie", null, null))),
                fiona);
        responses.record(
                id,
                c.id(),
                new ResponseDetails(
                        Channel.PAPER,
                        null,
                        null,
                        null,
                        List.of(
                                new AnswerInput(1, null, List.of(1), null),
                                new AnswerInput(2, "Respite booked ahead", null, null))),
                fiona);
        String base = "/api/v1/partnerships/" + id + "/consultations/" + c.id();
        call(post(base + "/summary"), DemoUsers.FIONA, null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Only a closed consultation’s summary is published"));
        c = consultations.close(id, c.id(), c.version(), fiona);

        call(put(base + "/answers/" + named.id() + "/2/hidden"), DemoUsers.DAVID, "{\"hidden\":true}")
                .andExpect(status().isForbidden());
        call(put(base + "/answers/" + named.id() + "/1/hidden"), DemoUsers.FIONA, "{\"hidden\":true}")
                .andExpect(status().isNotFound());
        call(put(base + "/answers/" + named.id() + "/2/hidden"), DemoUsers.FIONA, "{\"hidden\":true}")
                .andExpect(status().isNoContent());
        call(post(base + "/summary"), DemoUsers.FIONA, null).andExpect(status().isNoContent());
        call(post(base + "/summary"), DemoUsers.FIONA, null).andExpect(status().isBadRequest());

        mvc.perform(get(c.link()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("What people told us")))
                .andExpect(content().string(containsString("2 responses.")))
                .andExpect(content().string(containsString("Respite booked ahead")))
                .andExpect(content().string(containsString("50%")))
                .andExpect(content().string(not(containsString("Jamie"))));
        call(put(base + "/answers/" + named.id() + "/2/hidden"), DemoUsers.FIONA, "{\"hidden\":false}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", containsString("withdraw it before")));
        var page = responses.results(id, c.id(), fiona);
        assertThat(page.questions().get(1).texts())
                .as("the team still reads every answer")
                .hasSize(2);

        call(delete(base + "/summary"), DemoUsers.FIONA, null).andExpect(status().isNoContent());
        mvc.perform(get(c.link())).andExpect(content().string(not(containsString("What people told us"))));
    }
}
