package scot.cairn.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import scot.cairn.directory.Sector;
import scot.cairn.platform.English;
import scot.cairn.platform.InvalidInputException;

class DocumentVersionTests {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    static Map<String, String> full(DocumentKind kind, String words) {
        var text = new LinkedHashMap<String, String>();
        kind.sections().forEach(s -> text.put(s.key(), s.heading() + ": " + words));
        return text;
    }

    static DocumentVersion mou(String words) {
        return DocumentVersion.first(
                1,
                DocumentKind.MOU,
                DocumentTexts.check(DocumentKind.MOU, full(DocumentKind.MOU, words)),
                DocumentVersion.Records.NONE,
                7,
                NOW);
    }

    @Test
    void theHashIsTheSha256OfTheCanonicalTextWithKindNumberAndSectionsInOrder() throws Exception {
        var v = mou("agreed");
        String expected = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(v.canonicalText().getBytes(StandardCharsets.UTF_8)));
        assertThat(v.sha256()).isEqualTo(expected).hasSize(64);
        assertThat(v.canonicalText())
                .startsWith("Document: Memorandum of Understanding\nVersion: 1\n\n## Parties\nParties: agreed\n")
                .endsWith("## Duration and exit\nDuration and exit: agreed\n");
    }

    @Test
    void anyChangeToTheTextOrTheNumberChangesTheHash() {
        var v = mou("agreed");
        assertThat(mou("agreed").sha256()).isEqualTo(v.sha256());
        assertThat(mou("agreed.").sha256()).isNotEqualTo(v.sha256());
        v.sign(1, 10L, Sector.PUBLIC, NOW);
        var next = v.next(
                DocumentTexts.check(DocumentKind.MOU, full(DocumentKind.MOU, "agreed")),
                DocumentVersion.Records.NONE,
                7,
                NOW);
        assertThat(next.number()).isEqualTo(2);
        assertThat(next.sha256()).isNotEqualTo(v.sha256());
    }

    @Test
    void lineEndingsAndSurroundingSpaceDoNotChangeTheText() {
        var texts = full(DocumentKind.MOU, "agreed");
        texts.put("purpose", "  one\r\ntwo\n\n");
        var v = DocumentVersion.first(
                1,
                DocumentKind.MOU,
                DocumentTexts.check(DocumentKind.MOU, texts),
                DocumentVersion.Records.NONE,
                7,
                NOW);
        assertThat(v.text("purpose")).isEqualTo("one\ntwo");
    }

    @Test
    void aSignatureCarriesTheHashAndASignedVersionNeverChanges() {
        var v = mou("agreed");
        var s = v.sign(1, 10L, Sector.PUBLIC, NOW);
        assertThat(s.sha256()).isEqualTo(v.sha256());
        assertThatThrownBy(() -> v.edit(
                        DocumentTexts.check(DocumentKind.MOU, full(DocumentKind.MOU, "changed")),
                        DocumentVersion.Records.NONE))
                .isInstanceOfSatisfying(
                        DocumentConflictException.class,
                        e -> assertThat(English.of(e.reason()))
                                .contains("Version 1 of the MoU is signed, so its text cannot change"));
        assertThat(v.text("parties")).isEqualTo("Parties: agreed");
    }

    @Test
    void nobodySignsTwice() {
        var v = mou("agreed");
        v.sign(1, 10L, Sector.PUBLIC, NOW);
        assertThatThrownBy(() -> v.sign(1, 10L, Sector.PUBLIC, NOW))
                .isInstanceOfSatisfying(
                        DocumentConflictException.class,
                        e -> assertThat(English.of(e.reason()))
                                .isEqualTo("You have already signed version 1 of the MoU."));
        assertThat(v.signatures()).hasSize(1);
    }

    @Test
    void aVersionWithEmptySectionsCannotBeSigned() {
        var texts = full(DocumentKind.PID, "x");
        texts.put("risks", "");
        texts.put("budget", " ");
        var v = DocumentVersion.first(
                1,
                DocumentKind.PID,
                DocumentTexts.check(DocumentKind.PID, texts),
                DocumentVersion.Records.NONE,
                7,
                NOW);
        assertThatThrownBy(() -> v.sign(1, 10L, Sector.PUBLIC, NOW))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(English.of(e.fieldErrors()))
                                .containsEntry(
                                        "",
                                        "Version 1 cannot be approved until every section is written. Empty: Risks, Budget"));
        assertThat(v.signed()).isFalse();
    }

    @Test
    void theTextIsCheckedSectionBySection() {
        var texts = new LinkedHashMap<String, String>();
        texts.put("purpose", "x".repeat(DocumentTexts.MAX + 1));
        texts.put("nonsense", "x");
        assertThatThrownBy(() -> DocumentTexts.check(DocumentKind.MOU, texts))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(English.of(e.fieldErrors()))
                                .containsEntry("sections[nonsense]", "The MoU has no section called nonsense")
                                .containsEntry(
                                        "sections[purpose]",
                                        "Purpose must be 10,000 characters or fewer (it has 10,001)")
                                .containsEntry("sections[parties]", "Enter the parties of the MoU"));
    }
}
