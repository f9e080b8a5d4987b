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

    @Test
    void noPartnershipOrDirectoryPageKeepsEnglishWordsInWelshOrGaelic() throws Exception {
        var p = startAsFiona();
        var pages = java.util.List.of(
                "/partnerships",
                "/partnerships/new",
                "/partnerships/" + p.id(),
                "/partnerships/" + p.id() + "/edit",
                "/partnerships/" + p.id() + "/partners",
                "/partnerships/" + p.id() + "/members",
                "/partnerships/" + p.id() + "/assessment",
                "/partnerships/" + p.id() + "/gate",
                "/partnerships/" + p.id() + "/close",
                "/partnerships/" + p.id() + "/stages",
                "/partnerships/" + p.id() + "/history",
                "/organisations",
                "/organisations/" + org("Falkirk CVS"),
                "/organisations/" + org("Falkirk CVS") + "/history");
        var found = new java.util.ArrayList<String>();
        for (var language : java.util.List.of("cy", "gd")) {
            var english = englishOnly("partnership", language);
            english.addAll(englishOnly("directory", language));
            for (var url : pages) {
                var html = org.springframework.web.util.HtmlUtils.htmlUnescape(in(language, url, DemoUsers.FIONA));
                english.stream()
                        .filter(html::contains)
                        .forEach(phrase -> found.add(language + " " + url + ": " + phrase));
            }
        }
        assertThat(found).isEmpty();
    }

    /** English phrases of a bundle (two words or more, no arguments) that the translation words differently. */
    private static java.util.Set<String> englishOnly(String module, String language) throws java.io.IOException {
        var english = bundle(module + ".properties");
        var translated = bundle(module + "_" + language + ".properties");
        var phrases = new java.util.HashSet<String>();
        english.forEach((key, value) -> {
            var words = (String) value;
            // Role names are left out: governance's notices and gate criteria still name roles in English
            // (Role.label()) until its words move into its bundle.
            boolean roleName = ((String) key).matches("partnership\\.role\\.[A-Z_]+");
            if (words.contains(" ") && !words.contains("{") && !words.equals(translated.get(key)) && !roleName) {
                phrases.add(words);
            }
        });
        return phrases;
    }

    private static java.util.Properties bundle(String name) throws java.io.IOException {
        var properties = new java.util.Properties();
        try (var in = java.nio.file.Files.newBufferedReader(
                java.nio.file.Path.of("src/main/resources/i18n", name), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
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
