package scot.cairn.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HiddenCharactersTests {

    @Test
    void findsANulAnywhere() {
        assertThat(HiddenCharacters.hasNul("Falkirk\u0000")).isTrue();
        assertThat(HiddenCharacters.hasNul("Falkirk")).isFalse();
        assertThat(HiddenCharacters.hasNul(null)).isFalse();
    }

    @Test
    void namesTheFieldAsAPersonReadsIt() {
        assertThat(English.of(HiddenCharacters.refusal("title")))
                .isEqualTo("Remove the hidden control character (NUL) from the title");
        assertThat(English.of(HiddenCharacters.refusal("metric1Name")))
                .isEqualTo("Remove the hidden control character (NUL) from the metric 1 name");
        assertThat(English.of(HiddenCharacters.refusal("row.proxySource")))
                .isEqualTo("Remove the hidden control character (NUL) from the row.proxySource");
        assertThat(English.of(HiddenCharacters.refusal("")))
                .isEqualTo("Remove the hidden control character (NUL) from the text");
    }
}
