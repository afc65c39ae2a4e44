package io.gerbang.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void plainTextAndPairedSurrogatesArePrintable() {
        assertThat(Text.hasUnprintable("Peluncuran 🚀 Teknik Informatika")).isFalse();
        assertThat(Text.isWellFormed("baris satu\nbaris dua 👍")).isTrue();
    }

    @Test
    void refusesALoneSurrogate() {
        assertThat(Text.hasUnprintable("a\ud800b")).isTrue();
        assertThat(Text.hasUnprintable("a\udc00")).isTrue();
        assertThat(Text.hasUnprintable("end\ud83d")).isTrue();
        assertThat(Text.isWellFormed("a\ud800")).isFalse();
    }

    @Test
    void refusesBidiOverridesInOneLineValues() {
        assertThat(Text.hasUnprintable("invoice\u202Efdp.exe")).isTrue();
        assertThat(Text.hasUnprintable("a\u2066b")).isTrue();
    }

    @Test
    void refusesNoncharacters() {
        assertThat(Text.hasUnprintable("a\uFFFF")).isTrue();
        assertThat(Text.hasUnprintable("a\uFDD0")).isTrue();
        assertThat(Text.isWellFormed("a\uFFFE")).isFalse();
        assertThat(Text.isWellFormed(
                        new StringBuilder("x").appendCodePoint(0x1FFFF).toString()))
                .isFalse();
    }

    @Test
    void freeTextRefusesNul() {
        assertThat(Text.isWellFormed("a\u0000b")).isFalse();
    }

    @Test
    void printableDropsWhatIsNot() {
        assertThat(Text.printable("Mozilla\u202E/5.0\ud800\n", 100)).isEqualTo("Mozilla/5.0");
    }

    @Test
    void aLineIsOneToMaxPrintableCharactersOnceTrimmed() {
        assertThat(Text.checkedLine("  Rapat pagi ", 11, "a title")).isEqualTo("Rapat pagi");
        assertThat(Text.checkedLine(" " + "x".repeat(5) + " ", 5, "a title")).hasSize(5);
        assertThatThrownBy(() -> Text.checkedLine("x".repeat(6), 5, "a title"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a title is 1 to 5 printable characters");
        assertThatThrownBy(() -> Text.checkedLine(" \t ", 5, "a title")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Text.checkedLine(null, 5, "a title")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Text.checkedLine("a\u202Eb", 5, "a title"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
