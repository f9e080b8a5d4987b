package scot.cairn.partnership.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import scot.cairn.partnership.MemberRole;
import scot.cairn.partnership.PartnershipView.MemberView;
import scot.cairn.partnership.PartnershipView.PartnerView;
import scot.cairn.partnership.Standing;
import scot.cairn.platform.Message;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;

/** The partners and members pages: adding, changing and removing, and the rules that refuse it. */
@CairnTest
class ParticipantsPagesIntegrationTests extends PartnershipPageSupport {

    @Test
    void managerAddsChangesAndRemovesAPartner() throws Exception {
        long id = startAsFiona().id();
        long cvs = org("Falkirk CVS");
        String partners = "/partnerships/" + id + "/partners";
        assertThat(page(partners, DemoUsers.FIONA))
                .contains("aria-current=\"page\">Partners</a>")
                .contains("<option value=\"" + cvs + "\">Falkirk CVS</option>");

        post(partners, DemoUsers.FIONA, "organisationId", String.valueOf(cvs), "standing", "CONSULTED")
                .andExpect(redirectedUrl(partners))
                .andExpect(flash().attribute(
                                "done",
                                Message.of(
                                        "partnership.partners.added",
                                        "Falkirk CVS",
                                        Message.of("partnership.standing.CONSULTED"))));
        assertThat(standingOf(id, cvs)).isEqualTo(Standing.CONSULTED);
        assertThat(page(partners, DemoUsers.FIONA))
                .contains("id=\"standing-" + cvs + "\"")
                .doesNotContain("<option value=\"" + cvs + "\">Falkirk CVS</option>");

        post(partners + "/" + cvs, DemoUsers.FIONA, "standing", "CORE").andExpect(redirectedUrl(partners));
        assertThat(standingOf(id, cvs)).isEqualTo(Standing.CORE);

        post(partners + "/" + cvs + "/remove", DemoUsers.FIONA).andExpect(redirectedUrl(partners));
        assertThat(view(id).partners()).noneMatch(x -> x.organisationId() == cvs);
        assertThat(page("/partnerships/" + id + "/history", DemoUsers.FIONA))
                .contains("Partner added", "Falkirk CVS: (none) → Consulted")
                .contains("Partner standing changed", "Falkirk CVS: Consulted → Core partner")
                .contains("Partner removed", "Falkirk CVS: Core partner → (none)");
    }

    @Test
    void addingAPartnerWithoutChoosingSaysWhatIsMissing() throws Exception {
        long id = startAsFiona().id();

        var html = html(post("/partnerships/" + id + "/partners", DemoUsers.FIONA, "organisationId", "")
                .andExpect(status().isOk()));

        assertThat(html)
                .contains("<a href=\"#organisationId\">Choose an organisation to add</a>")
                .contains("<a href=\"#standing\">Choose core, consulted or informed</a>");
        assertThat(view(id).partners()).hasSize(1);
    }

    @Test
    void theLeadPartnerStaysACorePartner() throws Exception {
        long id = startAsFiona().id();
        long council = org("Falkirk Council");

        var html = html(post("/partnerships/" + id + "/partners/" + council, DemoUsers.FIONA, "standing", "INFORMED")
                .andExpect(status().isOk()));

        assertThat(html).contains("<a href=\"#standing-" + council + "\">The lead partner must be a core partner</a>");
        assertThat(standingOf(id, council)).isEqualTo(Standing.CORE);
    }

    @Test
    void managerAddsAMemberByEmailThenChangesAndRemovesThem() throws Exception {
        long id = startAsFiona().id();
        long david = person(DemoUsers.DAVID);
        String members = "/partnerships/" + id + "/members";

        post(members, DemoUsers.FIONA, "email", " David.Kerr@FalkirkCVS.example ", "role", "MEMBER")
                .andExpect(redirectedUrl(members));
        assertThat(roleOf(id, david)).isEqualTo(MemberRole.MEMBER);
        assertThat(page(members, DemoUsers.FIONA)).contains("David Kerr", "id=\"role-" + david + "\"");

        post(members + "/" + david, DemoUsers.FIONA, "role", "OBSERVER").andExpect(redirectedUrl(members));
        assertThat(roleOf(id, david)).isEqualTo(MemberRole.OBSERVER);

        post(members + "/" + david + "/remove", DemoUsers.FIONA).andExpect(redirectedUrl(members));
        assertThat(view(id).members()).noneMatch(m -> m.personId() == david);
    }

    @Test
    void anUnknownEmailAddressIsAnErrorOnTheEmailField() throws Exception {
        long id = startAsFiona().id();

        var html = html(post(
                        "/partnerships/" + id + "/members",
                        DemoUsers.FIONA,
                        "email",
                        "nobody@nowhere.example",
                        "role",
                        "MEMBER")
                .andExpect(status().isOk()));

        // The page's own form now invites people by name and email; a post of the older add-by-email form still
        // says what is wrong in the error summary, which links to the invitation's email field.
        assertThat(html)
                .contains("<a href=\"#email\">Nobody with that email address is in Cairn")
                .contains("id=\"email\"");
        assertThat(view(id).members()).hasSize(1);
    }

    @Test
    void theLastManagerCanBeNeitherRemovedNorDemoted() throws Exception {
        long id = startAsFiona().id();
        long fiona = person(DemoUsers.FIONA);

        assertThat(html(post("/partnerships/" + id + "/members/" + fiona + "/remove", DemoUsers.FIONA)
                        .andExpect(status().isOk())))
                .contains("<a href=\"#remove-" + fiona + "\">A partnership needs at least one manager</a>");
        assertThat(html(post("/partnerships/" + id + "/members/" + fiona, DemoUsers.FIONA, "role", "MEMBER")
                        .andExpect(status().isOk())))
                .contains("<a href=\"#role-" + fiona + "\">A partnership needs at least one manager</a>");
        assertThat(roleOf(id, fiona)).isEqualTo(MemberRole.MANAGER);
    }

    @Test
    void membersReadTheListsWithoutChangeControls() throws Exception {
        long id = fosterCare();

        assertThat(page("/partnerships/" + id + "/members", DemoUsers.DAVID))
                .contains("Fiona Reid", "David Kerr", "Sam Taylor")
                .doesNotContain("Invite someone")
                .doesNotContain("id=\"role-");
        assertThat(page("/partnerships/" + id + "/partners", DemoUsers.DAVID))
                .contains("Falkirk CVS", "Quarriers")
                .doesNotContain("Add a partner")
                .doesNotContain("id=\"standing-");
        post("/partnerships/" + id + "/members", DemoUsers.DAVID, "email", DemoUsers.IAIN, "role", "MEMBER")
                .andExpect(status().isForbidden());
    }

    private Standing standingOf(long id, long organisationId) {
        return view(id).partners().stream()
                .filter(x -> x.organisationId() == organisationId)
                .map(PartnerView::standing)
                .findFirst()
                .orElseThrow();
    }

    private MemberRole roleOf(long id, long personId) {
        return view(id).members().stream()
                .filter(m -> m.personId() == personId)
                .map(MemberView::role)
                .findFirst()
                .orElseThrow();
    }
}
