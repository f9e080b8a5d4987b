package scot.cairn.partnership.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;

/** The partnership and directory pages read fully in Welsh and in Gaelic, chosen by the language cookie. */
@CairnTest
class PartnershipLanguagesIntegrationTests extends PartnershipPageSupport {

    @Autowired
    Clock clock;

    @Test
    void theOverviewReadsInWelshWithWelshMonthNames() throws Exception {
        var html = in("cy", "/partnerships/" + fosterCare(), DemoUsers.DAVID);
        var today =
                LocalDate.now(clock).format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("cy")));

        assertThat(html)
                .contains("<html lang=\"cy\"")
                .contains(">Trosolwg</a>", ">Partneriaid</a>", ">Aelodau</a>", ">Hanes</a>")
                .contains("Y cam presennol", "Partner craidd", "Ymgynghorir", "Hysbysir")
                .contains("Heddiw yw " + today)
                .doesNotContain("Current stage", "Core partner", "Lead partner", "Your role");
    }

    @Test
    void theGateAndTheAssessmentReadInGaelic() throws Exception {
        var p = startAsFiona();

        assertThat(in("gd", "/partnerships/" + p.id() + "/gate", DemoUsers.FIONA))
                .contains("<html lang=\"gd\"")
                .contains("Geata: Rannsachadh gu Dealbhadh")
                .contains("Tha am measadh iomchaidheachd ag ràdh air adhart")
                .contains("Aonta coitcheann bhon roinn phoblach agus bhon treas roinn")
                .contains("Chan eil an geata fosgailte fhathast")
                .doesNotContain("What the gate needs", "Not met");
        assertThat(in("gd", "/partnerships/" + p.id() + "/assessment", DemoUsers.FIONA))
                .contains("A bheil margadh ann?", "Sàbhail am measadh", "Làidir", "Lag")
                .doesNotContain("Is there a market?", "Save assessment");
    }

    @Test
    void theDirectoryReadsInGaelic() throws Exception {
        assertThat(in("gd", "/organisations", DemoUsers.FIONA))
                .contains("<h1 class=\"govuk-heading-l\">Buidhnean</h1>", "Lorg a rèir ainm", "Roinn phoblach")
                .doesNotContain("Search by name", "Public sector");
        assertThat(in("cy", "/organisations/" + org("Falkirk CVS"), DemoUsers.FIONA))
                .contains("Rhif elusen", "Trydydd sector", "Gweld hanes y newidiadau")
                .doesNotContain("Charity number", "Third sector");
    }

    private String in(String language, String url, String who) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(url)
                        .cookie(new Cookie("cairn-language", language))
                        .with(users.as(who)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
