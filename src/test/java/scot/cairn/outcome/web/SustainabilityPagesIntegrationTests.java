package scot.cairn.outcome.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import scot.cairn.outcome.Direction;
import scot.cairn.outcome.Frequency;
import scot.cairn.outcome.IndicatorDetails;
import scot.cairn.outcome.MeasurementService;
import scot.cairn.outcome.Period;
import scot.cairn.outcome.SignoffService;
import scot.cairn.outcome.SustainabilityService;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;
import scot.cairn.support.PdfText;

/** The sustainability evidence page, its form and PDF, on the demo PSP and on fresh partnerships. */
@CairnTest
class SustainabilityPagesIntegrationTests extends OutcomePageSupport {

    @Autowired
    SustainabilityService evidence;

    @Autowired
    MeasurementService measurements;

    @Autowired
    SignoffService signoffs;

    private long falkirk() {
        return partnerships.mine(users.current(DemoUsers.FIONA)).stream()
                .filter(p -> p.title().equals("Falkirk foster care provision"))
                .findFirst()
                .orElseThrow()
                .id();
    }

    @Test
    void theFalkirkDemoHasItsEvidenceFilledIn() throws Exception {
        String html = page("/partnerships/" + falkirk() + "/outcomes/sustainability", DemoUsers.SAM);
        assertThat(html)
                .contains("£186,000.00", ">42<", "£4,428.57", "2 of 3", "£3,444.44")
                .contains("divided by 54 people reached", "Carers retained: 54 in")
                .contains("Placements made", "14 placements", "Financial viability", "residential")
                .contains("Children stay in a stable placement", ">Yes<", ">No<")
                .doesNotContain("Not complete", "Change the sustainability evidence");
    }

    @Test
    void anEmptyRecordSaysWhatCannotBeComputed() throws Exception {
        long id = fixtures().partnership();
        String html = page("/partnerships/" + id + "/outcomes/sustainability", DemoUsers.DAVID);
        assertThat(html)
                .contains("Nothing has been recorded yet.", "Not complete")
                .contains("Cannot compute: the pilot budget is not recorded.")
                .contains("0 of 0", "The outcome framework has no outcomes yet.")
                .contains("Change the sustainability evidence");
    }

    @Test
    void analystFillsItInAndOnlyApprovedValuesCountAsOutcomesAchieved() throws Exception {
        var small = fixtures().withFramework();
        long id = small.partnershipId();
        String base = "/partnerships/" + id + "/outcomes/sustainability";
        long homes = frameworks.addIndicator(
                id,
                new IndicatorDetails(
                        small.outcomeId(),
                        "Children in family homes",
                        null,
                        "children",
                        Direction.HIGHER_IS_BETTER,
                        null,
                        new BigDecimal("40"),
                        Frequency.QUARTERLY,
                        null,
                        scot.cairn.outcome.Measure.PEOPLE),
                users.current(DemoUsers.FIONA));
        measurements.saveGrid(id, Period.ofQuarter(2026, 1), Map.of(homes, "44"), users.current(DemoUsers.DAVID));

        post(
                        base + "/edit",
                        DemoUsers.DAVID,
                        "pilotBudget",
                        "90,000",
                        "participants",
                        "0",
                        "viability",
                        "Costs less than residential care.",
                        "metric1Name",
                        "Placements made",
                        "metric1Value",
                        "14",
                        "metric1Unit",
                        "placements")
                .andExpect(redirectedUrl(base));
        assertThat(page(base, DemoUsers.FIONA))
                .contains("£90,000.00", "Cannot compute: the number of participants is zero.")
                .contains("0 of 1", "Cannot compute: no indicator that counts people has an approved value yet.")
                .contains("14 placements", "Last changed by David Kerr")
                .as("no participants and a one-line narrative are not enough for the gate")
                .contains("Not complete");

        signoffs.submit(id, Period.ofQuarter(2026, 1), users.current(DemoUsers.DAVID));
        for (var email : java.util.List.of(DemoUsers.FIONA, DemoUsers.DAVID)) {
            var who = users.current(email);
            signoffs.approve(
                    id,
                    Period.ofQuarter(2026, 1),
                    signoffs.signoff(id, Period.ofQuarter(2026, 1), who)
                            .orElseThrow()
                            .version(),
                    who);
        }
        assertThat(page(base, DemoUsers.FIONA))
                .contains("1 of 1", ">Green<", "£2,045.45", "Children in family homes: 44 in 2026-Q1")
                .doesNotContain("Cannot compute: no indicator that counts people");
        assertThat(history(id)).contains("Sustainability evidence recorded", "Pilot budget: ", "90000");
    }

    @Test
    void badInputIsShownAgainAndNothingIsSaved() throws Exception {
        long id = fixtures().partnership();
        String base = "/partnerships/" + id + "/outcomes/sustainability";
        var html = html(post(
                        base + "/edit",
                        DemoUsers.DAVID,
                        "pilotBudget",
                        "a lot",
                        "participants",
                        "12",
                        "metric2Name",
                        "Visits")
                .andExpect(status().isOk()));
        assertThat(html)
                .contains("<title>Error: Change the sustainability evidence – Cairn")
                .contains("There is a problem", "href=\"#pilotBudget\"", "Enter the pilot budget in pounds")
                .contains("href=\"#metric2Value\"", "Metric 2: enter a number", "Metric 2: enter the unit")
                .contains("value=\"12\"");
        assertThat(evidence.view(id, users.current(DemoUsers.FIONA)).version()).isNull();
    }

    @Test
    void aStaleFormIsRefused() throws Exception {
        long id = fixtures().partnership();
        String base = "/partnerships/" + id + "/outcomes/sustainability";
        post(base + "/edit", DemoUsers.DAVID, "participants", "10").andExpect(redirectedUrl(base));
        post(base + "/edit", DemoUsers.FIONA, "version", "0", "participants", "11")
                .andExpect(redirectedUrl(base));
        var html = html(post(base + "/edit", DemoUsers.DAVID, "version", "0", "participants", "12"));
        assertThat(html).contains("Someone else changed this since you opened it");
        assertThat(evidence.view(id, users.current(DemoUsers.FIONA)).participants())
                .isEqualTo(11);
    }

    @Test
    void thePdfSummarisesTheEvidenceForFunders() throws Exception {
        var result = get("/partnerships/" + falkirk() + "/outcomes/sustainability.pdf", DemoUsers.SAM)
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andReturn();
        String text = PdfText.of(result.getResponse().getContentAsByteArray());
        assertThat(text)
                .contains("Sustainability evidence", "Falkirk foster care provision")
                .contains("£186,000.00", "£4,428.57", "2 of 3", "£3,444.44", "54 people reached")
                .contains("Placements made", "14 placements", "Carers retained")
                .contains("What funders need");
        assertThat(result.getResponse().getHeader("Content-Disposition"))
                .contains("attachment", "sustainability-evidence-" + falkirk() + ".pdf");
        var tags = PdfText.accessibility(result.getResponse().getContentAsByteArray());
        assertThat(tags.title()).isEqualTo("Sustainability evidence: Falkirk foster care provision");
        assertThat(tags.language()).isEqualTo("en-GB");
        assertThat(tags.tagged()).isTrue();
        assertThat(tags.hasStructureTree()).isTrue();
        assertThat(tags.fontsNotEmbedded()).isEmpty();
    }
}
