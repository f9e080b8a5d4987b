package scot.cairn.tendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import scot.cairn.governance.DocumentKind;

/** A requirement's section is a section of the specification document, in the same order. */
class SpecSectionTests {

    @Test
    void theRequirementsSectionsAreTheDocumentsSections() {
        assertThat(Arrays.stream(SpecSection.values()).map(SpecSection::documentKey))
                .containsExactlyElementsOf(DocumentKind.SPEC.sections().stream()
                        .map(DocumentKind.DocumentSection::key)
                        .toList());
    }
}
