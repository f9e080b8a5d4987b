package scot.cairn.meeting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongFunction;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.springframework.stereotype.Component;
import scot.cairn.platform.pdf.PdfRenderer;

/**
 * A meeting's pack as one PDF, put together with PDFBox: the agenda (rendered like every Cairn PDF) listing each paper
 * and whether it came late, then every PDF paper's pages in agenda order, each paper a bookmark. Word and Excel papers
 * cannot become pages without an office suite, so they travel inside the PDF as attached files (every PDF reader lists
 * them); a PDF paper that cannot be read (damaged, or locked with a password) is named in the agenda as left out, to
 * be downloaded on its own. Files are held in temporary files rather than the heap while the pack is put together.
 */
@Component
class PackPdf {

    /** How a paper appears in the pack. */
    enum Inclusion {
        PAGES,
        ATTACHED,
        LEFT_OUT
    }

    private final PdfRenderer pdf;

    PackPdf(PdfRenderer pdf) {
        this.pdf = pdf;
    }

    /** The pack of {@code meeting}, reading each paper's bytes from {@code content}. */
    byte[] pack(String partnershipTitle, MeetingView meeting, LongFunction<byte[]> content) {
        var opened = new LinkedHashMap<Long, PDDocument>();
        var attached = new HashMap<Long, byte[]>();
        var inclusion = new HashMap<Long, Inclusion>();
        try {
            for (var p : meeting.papers()) {
                var bytes = content.apply(p.id());
                if (!"PDF".equals(p.type())) {
                    attached.put(p.id(), bytes);
                    inclusion.put(p.id(), Inclusion.ATTACHED);
                    continue;
                }
                try {
                    var doc = Loader.loadPDF(
                            new RandomAccessReadBuffer(bytes), "", null, null, IOUtils.createTempFileOnlyStreamCache());
                    if (doc.isEncrypted() || doc.getNumberOfPages() == 0) {
                        doc.close();
                        inclusion.put(p.id(), Inclusion.LEFT_OUT);
                    } else {
                        opened.put(p.id(), doc);
                        inclusion.put(p.id(), Inclusion.PAGES);
                    }
                } catch (IOException | RuntimeException unreadable) {
                    inclusion.put(p.id(), Inclusion.LEFT_OUT);
                }
            }
            byte[] agenda = pdf.render(
                    "pdf/meeting-pack", Map.of("m", meeting, "title", partnershipTitle, "inclusion", inclusion));
            try (var pack = Loader.loadPDF(agenda)) {
                var merger = new PDFMergerUtility();
                var outline = new PDDocumentOutline();
                pack.getDocumentCatalog().setDocumentOutline(outline);
                var agendaMark = new PDOutlineItem();
                agendaMark.setTitle(meeting.reference() + " " + meeting.title());
                agendaMark.setDestination(pack.getPage(0));
                outline.addLast(agendaMark);
                for (var p : meeting.papers()) {
                    var doc = opened.get(p.id());
                    if (doc == null) {
                        continue;
                    }
                    int first = pack.getNumberOfPages();
                    // A paper's own bookmarks would crowd the pack's; each paper gets one.
                    doc.getDocumentCatalog().setDocumentOutline(null);
                    merger.appendDocument(pack, doc);
                    var mark = new PDOutlineItem();
                    mark.setTitle(p.title());
                    mark.setDestination(pack.getPage(first));
                    outline.addLast(mark);
                }
                attach(pack, meeting, attached);
                var out = new ByteArrayOutputStream();
                pack.save(out);
                return out.toByteArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not put the pack together", e);
        } finally {
            for (var doc : opened.values()) {
                try {
                    doc.close();
                } catch (IOException ignored) {
                    // a temporary file that cannot be closed is deleted when the node stops
                }
            }
        }
    }

    /** Attaches the Word and Excel papers to the pack as embedded files, named as they were uploaded. */
    private static void attach(PDDocument pack, MeetingView meeting, Map<Long, byte[]> files) throws IOException {
        if (files.isEmpty()) {
            return;
        }
        var specs = new LinkedHashMap<String, PDComplexFileSpecification>();
        for (var p : meeting.papers()) {
            var bytes = files.get(p.id());
            if (bytes == null) {
                continue;
            }
            var name = p.itemKey() + "-" + p.id() + "-" + p.fileName();
            var file = new PDEmbeddedFile(pack, new java.io.ByteArrayInputStream(bytes));
            file.setSubtype(scot.cairn.platform.FileType.valueOf(p.type()).mediaType());
            file.setSize(bytes.length);
            var spec = new PDComplexFileSpecification();
            spec.setFile(p.fileName());
            spec.setFileUnicode(p.fileName());
            spec.setFileDescription(p.title());
            spec.setEmbeddedFile(file);
            spec.setEmbeddedFileUnicode(file);
            specs.put(name, spec);
        }
        var tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(specs);
        var dictionary = pack.getDocumentCatalog().getNames();
        if (dictionary == null) {
            dictionary = new PDDocumentNameDictionary(pack.getDocumentCatalog());
            pack.getDocumentCatalog().setNames(dictionary);
        }
        dictionary.setEmbeddedFiles(tree);
    }
}
