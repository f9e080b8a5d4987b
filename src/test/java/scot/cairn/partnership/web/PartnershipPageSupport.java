package scot.cairn.partnership.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.util.HtmlUtils;
import scot.cairn.directory.OrganisationService;
import scot.cairn.directory.PersonService;
import scot.cairn.partnership.Market;
import scot.cairn.partnership.PartnershipDetails;
import scot.cairn.partnership.PartnershipService;
import scot.cairn.partnership.PartnershipView;
import scot.cairn.support.DemoUsers;
import scot.cairn.support.Unique;

/** What the partnership page tests share: signed-in requests, demo look-ups by name, and a fresh partnership. */
abstract class PartnershipPageSupport {

    static final String FOSTER_CARE = "Falkirk foster care provision";

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    PartnershipService partnerships;

    @Autowired
    OrganisationService organisations;

    @Autowired
    PersonService people;

    ResultActions get(String url, String who) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(url).with(users.as(who)));
    }

    /** Posts a page form, signed in and with the CSRF token, with {@code params} as name, value, name, value... */
    ResultActions post(String url, String who, String... params) throws Exception {
        var request = MockMvcRequestBuilders.post(url).with(users.as(who)).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request);
    }

    /** The page's HTML, after checking it answered 200. */
    String page(String url, String who) throws Exception {
        return get(url, who)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    static String html(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** Text as Thymeleaf writes it into a page: quotes and apostrophes escaped. */
    static String esc(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    long org(String name) {
        return organisations.search(name).stream()
                .filter(o -> o.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
    }

    long person(String email) {
        return people.findByEmail(email).orElseThrow().id();
    }

    long fosterCare() {
        return partnerships.mine(users.current(DemoUsers.FIONA)).stream()
                .filter(p -> p.title().equals(FOSTER_CARE))
                .findFirst()
                .orElseThrow()
                .id();
    }

    /** A new partnership in Explore, managed by Fiona, with Falkirk Council as lead partner. */
    PartnershipView startAsFiona() {
        return partnerships.start(
                new PartnershipDetails(
                        Unique.name("Test partnership"),
                        Market.CHILDREN_AND_FAMILIES,
                        "Falkirk",
                        "Try the pages out.",
                        org("Falkirk Council")),
                users.current(DemoUsers.FIONA));
    }

    /** The id at the end of a redirect to a partnership's overview. */
    static long idFrom(ResultActions redirect) {
        var url = redirect.andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
    }

    PartnershipView view(long id) {
        return partnerships.get(id, users.current(DemoUsers.FIONA));
    }
}
