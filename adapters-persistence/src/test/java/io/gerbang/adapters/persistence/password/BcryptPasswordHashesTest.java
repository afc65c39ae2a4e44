package io.gerbang.adapters.persistence.password;

import static org.assertj.core.api.Assertions.assertThat;

import io.gerbang.domain.user.PasswordHash;
import io.gerbang.domain.user.PlainPassword;
import org.junit.jupiter.api.Test;

class BcryptPasswordHashesTest {

    private final BcryptPasswordHashes cost4 = new BcryptPasswordHashes(4);

    @Test
    void aHashMatchesItsPasswordAndNoOther() {
        PasswordHash hash = cost4.hash(PlainPassword.forNewSecret("password123"));

        assertThat(hash.value()).startsWith("$2a$04$");
        assertThat(cost4.matches(PlainPassword.presented("password123"), hash)).isTrue();
        assertThat(cost4.matches(PlainPassword.presented("password124"), hash)).isFalse();
        assertThat(hash.toString()).doesNotContain(hash.value());
    }

    @Test
    void aHashOfAnotherCostIsOutdated() {
        PasswordHash older = cost4.hash(PlainPassword.forNewSecret("password123"));
        BcryptPasswordHashes cost5 = new BcryptPasswordHashes(5);

        assertThat(cost4.isOutdated(older)).isFalse();
        assertThat(cost5.isOutdated(older)).isTrue();
        assertThat(cost5.matches(PlainPassword.presented("password123"), older)).isTrue();
        assertThat(cost5.isOutdated(new PasswordHash("garbage"))).isTrue();
    }

    @Test
    void anUnreadableHashOrAnOverlongPasswordIsAMismatchNotAnError() {
        assertThat(cost4.matches(PlainPassword.presented("password123"), new PasswordHash("garbage")))
                .isFalse();
        PasswordHash hash = cost4.hash(PlainPassword.forNewSecret("password123"));
        assertThat(cost4.matches(PlainPassword.presented("p".repeat(500)), hash))
                .isFalse();
    }
}
