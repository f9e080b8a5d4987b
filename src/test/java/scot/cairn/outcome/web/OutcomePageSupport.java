package scot.cairn.outcome.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.NoSuchMessageException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import scot.cairn.outcome.FrameworkService;
import scot.cairn.outcome.OutcomeFixtures;
import scot.cairn.platform.AuditTrail;
import scot.cairn.platform.English;
import scot.cairn.platform.Message;
import scot.cairn.support.DemoUsers;

/** What the outcome page tests share: signed-in requests and a fresh partnership with a small framework. */
abstract class OutcomePageSupport {

    @Autowired
    OutcomeFixtures outcomeFixtures;

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    FrameworkService frameworks;

    @Autowired
    AuditTrail audit;

    @Autowired
    scot.cairn.partnership.PartnershipService partnerships;

    @Autowired
    scot.cairn.partnership.MembershipService membership;

    @Autowired
    scot.cairn.directory.OrganisationService organisations;

    @Autowired
    scot.cairn.governance.RoleService roles;

    @Autowired
    scot.cairn.governance.GroupService groups;

    OutcomeFixtures fixtures() {
        return outcomeFixtures;
    }

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

    String page(String url, String who) throws Exception {
        return html(get(url, who).andExpect(status().isOk()));
    }

    /**
     * The partnership's audit trail as an English reader sees it: each entry's action, then its changes as "label:
     * before → after", with the keys the outcome module stores put into words.
     */
    String history(long partnershipId) {
        var text = new StringBuilder();
        for (var e : audit.forPartnership(partnershipId)) {
            text.append(words(e.action())).append('\n');
            for (var line : e.changes()) {
                var parts = CHANGE.matcher(line);
                text.append(
                                parts.matches()
                                        ? words(parts.group(1)) + ": " + words(parts.group(2)) + " → "
                                                + words(parts.group(3))
                                        : words(line))
                        .append('\n');
            }
        }
        return text.toString();
    }

    private static final Pattern CHANGE = Pattern.compile("(?s)([^:]+): (.*) -> (.*)");

    /** A stored key in English; words stored as words (names, numbers, older entries) as they are. */
    private static String words(String stored) {
        if (stored.indexOf(' ') >= 0 || stored.indexOf('.') < 0) {
            return stored;
        }
        try {
            return English.of(Message.of(stored));
        } catch (NoSuchMessageException notAKey) {
            return stored;
        }
    }

    static String html(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
