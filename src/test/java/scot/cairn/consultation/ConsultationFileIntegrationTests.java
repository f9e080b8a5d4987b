package scot.cairn.consultation;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import scot.cairn.governance.GovernanceFixture;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;

/**
 * A consultation's Easy Read version: Fiona adds it (refused, with nothing saved, without a kind, when empty, over 10
 * MB or not what its name says); David, who does not run consultations, may not; anyone with the link sees it listed
 * and downloads the very bytes; it is removed.
 */
@CairnTest
class ConsultationFileIntegrationTests {

    private static final byte[] PDF = "%PDF-1.4\n% an Easy Read version\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    GovernanceFixture governance;

    @Autowired
    ConsultationService consultations;

    long id;
    ConsultationView c;
    String base;

    @BeforeEach
    void setUp() {
        id = governance.newPartnership();
        var fiona = users.current(DemoUsers.FIONA);
        var made = consultations.create(
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
        made = consultations.addQuestion(
                id,
                made.id(),
                made.version(),
                new QuestionDetails(QuestionKind.FREE_TEXT, "What would help?", null, false),
                fiona);
        c = consultations.open(id, made.id(), made.version(), fiona);
        base = "/api/v1/partnerships/" + id + "/consultations/" + c.id() + "/files";
    }

    private ResultActions upload(String who, String kind, String name, byte[] bytes) throws Exception {
        var request = multipart(base).file(new MockMultipartFile("file", name, "application/octet-stream", bytes));
        if (kind != null) {
            request.param("kind", kind);
        }
        return mvc.perform(request.header("Authorization", users.bearer(who)));
    }

    @Test
    void anEasyReadVersionIsAddedCheckedAndDownloadedThroughTheLink() throws Exception {
        upload(DemoUsers.DAVID, "EASY_READ", "easy.pdf", PDF).andExpect(status().isForbidden());
        upload(DemoUsers.FIONA, null, "easy.pdf", PDF)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
        upload(DemoUsers.FIONA, "EASY_READ", "easy.pdf", "just text".getBytes(StandardCharsets.US_ASCII))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", containsString("is not a PDF, as its name says")));
        upload(DemoUsers.FIONA, "EASY_READ", "easy.exe", PDF)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", containsString("Choose a PDF")));
        var big = new byte[ConsultationFiles.MEGABYTES * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        upload(DemoUsers.FIONA, "EASY_READ", "big.pdf", big)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("The file is larger than 10 MB"));
        mvc.perform(get(base).header("Authorization", users.bearer(DemoUsers.FIONA)))
                .andExpect(jsonPath("$.length()").value(0));

        var added = upload(DemoUsers.FIONA, "EASY_READ", "Respite easy read.pdf", PDF)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.title").value("Respite easy read"))
                .andExpect(jsonPath("$.type").value("PDF"));
        int fileId = JsonPath.read(added.andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(get(c.link()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Easy Read: Respite easy read, a PDF of 0.0 MB")));
        mvc.perform(get(c.link() + "/files/" + fileId))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(content().bytes(PDF));
        mvc.perform(get("/public/consultations/" + "0".repeat(32) + "/files/" + fileId))
                .andExpect(status().isNotFound());
        mvc.perform(delete(base + "/" + fileId).header("Authorization", users.bearer(DemoUsers.DAVID)))
                .andExpect(status().isForbidden());
        mvc.perform(delete(base + "/" + fileId).header("Authorization", users.bearer(DemoUsers.FIONA)))
                .andExpect(status().isNoContent());
        mvc.perform(get(c.link() + "/files/" + fileId)).andExpect(status().isNotFound());
    }
}
