package scot.cairn.platform.pdf;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What every PDF template must give the PDF's metadata: a language on {@code <html>} (the PDF's /Lang, so a screen
 * reader picks the right voice) and a non-blank {@code <title>} (shown in a viewer's title bar instead of the file
 * name). Checked on the parsed document before layout.
 */
final class DocumentContract {

    private DocumentContract() {}

    /** @throws IllegalStateException when the document lacks a language or a title */
    static void check(Document document) {
        Element html = document.getDocumentElement();
        String lang = html.getAttribute("lang");
        if (lang.isBlank()) {
            throw new IllegalStateException("A PDF template's <html> needs a lang attribute");
        }
        NodeList titles = document.getElementsByTagName("title");
        if (titles.getLength() == 0 || titles.item(0).getTextContent().isBlank()) {
            throw new IllegalStateException("A PDF template needs a non-blank <title>");
        }
    }
}
