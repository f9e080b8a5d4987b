package scot.cairn.partnership.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import scot.cairn.partnership.Market;
import scot.cairn.partnership.PartnershipDetails;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;
import scot.cairn.support.Unique;

/** The details and stage dates forms: saving, the stale-version guard, and date rules. */
@CairnTest
class PartnershipFormsIntegrationTests extends PartnershipPageSupport {

    @Test
    void managerChangesTheDetailsAndTheHistoryShowsBeforeAndAfter() throws Exception {
        var p = startAsFiona();
        String url = "/partnerships/" + p.id() + "/edit";
        assertThat(page(url, DemoUsers.FIONA))
                .contains("value=\"" + p.title() + "\"")
                .contains("name=\"version\" value=\"" + p.version() + "\"")
                .contains("aria-current=\"page\">Overview</a>");
        String renamed = Unique.name("Renamed");

        post(
                        url,
                        DemoUsers.FIONA,
                        "version",
                        String.valueOf(p.version()),
                        "title",
                        renamed,
                        "market",
                        "HEALTH",
                        "region",
                        "Stirling",
                        "aims",
                        "Try the pages out.",
                        "leadPartnerId",
                        String.valueOf(org("Falkirk Council")))
                .andExpect(redirectedUrl("/partnerships/" + p.id()));

        assertThat(view(p.id()).title()).isEqualTo(renamed);
        assertThat(view(p.id()).market()).isEqualTo(Market.HEALTH);
        assertThat(page("/partnerships/" + p.id() + "/history", DemoUsers.FIONA))
                .contains("Partnership details changed", "Fiona Reid")
                .contains("Title: " + p.title() + " → " + renamed)
                .contains("Market: Children and families → Health")
                .contains("Region: Falkirk → Stirling")
                .containsPattern("\\d{1,2} [A-Z][a-z]+ \\d{4} \\d{2}:\\d{2}");
    }

    @Test
    void savingOverSomeoneElsesChangeSaysSoAndKeepsTheirs() throws Exception {
        var p = startAsFiona();
        var theirs = new PartnershipDetails(p.title(), p.market(), "Grangemouth", p.aims(), p.leadPartnerId());
        partnerships.update(p.id(), p.version(), theirs, users.current(DemoUsers.FIONA));

        var html = html(post(
                        "/partnerships/" + p.id() + "/edit",
                        DemoUsers.FIONA,
                        "version",
                        String.valueOf(p.version()),
                        "title",
                        p.title(),
                        "market",
                        "HEALTH",
                        "region",
                        "Bo'ness",
                        "aims",
                        p.aims())
                .andExpect(status().isOk()));

        assertThat(html).contains("There is a problem", "Someone else changed this since you opened it");
        assertThat(view(p.id()).region()).isEqualTo("Grangemouth");
        assertThat(view(p.id()).market()).isEqualTo(p.market());
    }

    @Test
    void theStageDatesFormHasAFieldsetPerStageWithLabelledDates() throws Exception {
        var p = startAsFiona();

        assertThat(page("/partnerships/" + p.id() + "/stages", DemoUsers.FIONA))
                .contains("<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--m\">Explore</legend>")
                .contains("<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--m\">Delivery</legend>")
                .contains("<label class=\"govuk-label\" for=\"stages[4].actualEnd\">Actual end</label>")
                .contains("id=\"stages[4].actualEnd\"")
                .contains("name=\"stages[0].actualStart\" value=\""
                        + view(p.id()).stages().get(0).actualStart() + "\"");
    }

    @Test
    void stageDatesInTheWrongOrderAreRefusedFieldByField() throws Exception {
        var p = startAsFiona();

        var html = html(post(
                        "/partnerships/" + p.id() + "/stages",
                        DemoUsers.FIONA,
                        "version",
                        String.valueOf(p.version()),
                        "stages[0].plannedStart",
                        "2027-05-01",
                        "stages[0].plannedEnd",
                        "2027-04-01",
                        "stages[1].plannedStart",
                        "2027-03-01")
                .andExpect(status().isOk()));

        assertThat(html)
                .contains("<a href=\"#stages[0].plannedEnd\">Explore: the planned end must be on or after the planned"
                        + " start</a>")
                .contains("<a href=\"#stages[1].plannedStart\">Design: the planned start must not be before Explore"
                        + " starts</a>")
                .contains("id=\"stages[0].plannedEnd-error\"")
                .contains("name=\"stages[0].plannedStart\" value=\"2027-05-01\"");
        assertThat(view(p.id()).stages().get(0).plannedStart()).isNull();
    }

    @Test
    void anUnreadableDateAsksForARealOneAndKeepsTheOthers() throws Exception {
        var p = startAsFiona();

        var html = html(post(
                        "/partnerships/" + p.id() + "/stages",
                        DemoUsers.FIONA,
                        "version",
                        String.valueOf(p.version()),
                        "stages[0].plannedStart",
                        "2027-01-04",
                        "stages[2].plannedEnd",
                        "31/02/2027")
                .andExpect(status().isOk()));

        assertThat(html)
                .contains("<a href=\"#stages[2].plannedEnd\">Enter a real date")
                .contains("name=\"stages[2].plannedEnd\" value=\"31/02/2027\"")
                .contains("name=\"stages[0].plannedStart\" value=\"2027-01-04\"");
        assertThat(view(p.id()).stages().get(0).plannedStart()).isNull();
    }

    @Test
    void savedStageDatesAppearOnTheTimeline() throws Exception {
        var p = startAsFiona();
        var started = p.stages().get(0).actualStart();

        post(
                        "/partnerships/" + p.id() + "/stages",
                        DemoUsers.FIONA,
                        "version",
                        String.valueOf(p.version()),
                        "stages[0].plannedStart",
                        "2027-01-04",
                        "stages[0].plannedEnd",
                        "2027-07-31",
                        "stages[0].actualStart",
                        started.toString(),
                        "stages[1].plannedStart",
                        "2027-08-01",
                        "stages[1].plannedEnd",
                        "",
                        "stages[4].plannedEnd",
                        "2032-12-31")
                .andExpect(redirectedUrl("/partnerships/" + p.id()));

        var stages = view(p.id()).stages();
        assertThat(stages.get(0).plannedEnd()).isEqualTo(LocalDate.of(2027, 7, 31));
        assertThat(stages.get(0).actualStart()).isEqualTo(started);
        assertThat(stages.get(1).plannedStart()).isEqualTo(LocalDate.of(2027, 8, 1));
        assertThat(stages.get(4).plannedEnd()).isEqualTo(LocalDate.of(2032, 12, 31));
        assertThat(page("/partnerships/" + p.id(), DemoUsers.FIONA))
                .contains("4 January 2027 to 31 July 2027", "From 1 August 2027", "Until 31 December 2032");
    }
}
