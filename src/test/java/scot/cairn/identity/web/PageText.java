package scot.cairn.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;

/** Reads a rendered page as a person would: entities unescaped, and one table row at a time. */
final class PageText {

    private PageText() {}

    static String of(MvcResult result) throws Exception {
        return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString());
    }

    /** The table row containing {@code text}. */
    static String rowOf(MvcResult result, String text) throws Exception {
        String page = of(result);
        int at = page.indexOf(text);
        assertThat(at).as("'%s' is on the page", text).isNotNegative();
        return page.substring(page.lastIndexOf("<tr", at), page.indexOf("</tr>", at));
    }
}
