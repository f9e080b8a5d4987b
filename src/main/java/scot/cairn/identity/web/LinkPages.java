package scot.cairn.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import scot.cairn.identity.LinkState;

/** What the pages behind a link sent by email share. */
final class LinkPages {

    static final String REFUSED = "identity/link-refused";

    private LinkPages() {}

    /**
     * The secret is in the page's address: no link on the page may send it on to another site in a Referer header.
     */
    static void keepSecret(HttpServletResponse response) {
        response.setHeader("Referrer-Policy", "no-referrer");
    }

    /** The page saying why a link cannot be used. */
    static String refused(LinkState state, String kind, Model model, HttpServletResponse response) {
        response.setStatus(state == LinkState.UNKNOWN ? 404 : 410);
        model.addAttribute("state", state);
        model.addAttribute("kind", kind);
        return REFUSED;
    }
}
