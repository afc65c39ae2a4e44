package io.gerbang.adapters.persistence.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gerbang.application.port.out.StoreUnavailable;
import org.junit.jupiter.api.Test;

class SecretBoxTest {

    private final SecretBox box = new SecretBox(DataKey.of("a data key of at least thirty-two bytes!"));

    @Test
    void aSealedSecretOpensWithItsKeyAndContextOnly() {
        byte[] sealed = box.seal(new byte[] {1, 2, 3}, "totp:7");
        assertThat(box.open(sealed, "totp:7")).containsExactly(1, 2, 3);
        assertThatThrownBy(() -> box.open(sealed, "totp:8")).isInstanceOf(IllegalStateException.class);
        SecretBox other = new SecretBox(DataKey.of("another data key of at least thirty-two bytes"));
        assertThatThrownBy(() -> other.open(sealed, "totp:7")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aStoredSecretThatDoesNotOpenMakesTheStoreUnavailableAndTheLogSaysWhichKindWithoutItsId() {
        byte[] sealed = box.seal(new byte[] {1, 2, 3}, "tenant signing key abc123");
        SecretBox other = new SecretBox(DataKey.of("another data key of at least thirty-two bytes"));

        assertThat(box.openStored(sealed, "tenant signing key abc123")).containsExactly(1, 2, 3);
        assertThatThrownBy(() -> other.openStored(sealed, "tenant signing key abc123"))
                .isInstanceOf(StoreUnavailable.class)
                .hasMessageStartingWith(SecretBox.SEALED + " is unavailable");
    }

    @Test
    void sealingTwiceGivesTwoBoxes() {
        assertThat(box.seal(new byte[] {1}, "c")).isNotEqualTo(box.seal(new byte[] {1}, "c"));
    }

    @Test
    void hashesAreKeyed() {
        SecretBox other = new SecretBox(DataKey.of("another data key of at least thirty-two bytes"));
        assertThat(box.hash("abcdefghjk")).isEqualTo(box.hash("abcdefghjk")).isNotEqualTo(other.hash("abcdefghjk"));
    }
}
