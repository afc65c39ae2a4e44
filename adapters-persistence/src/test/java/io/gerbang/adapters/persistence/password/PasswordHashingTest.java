package io.gerbang.adapters.persistence.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gerbang.adapters.persistence.password.PasswordHashing.Kind;
import io.gerbang.domain.user.PasswordHash;
import io.gerbang.domain.user.PlainPassword;
import org.junit.jupiter.api.Test;

class PasswordHashingTest {

    private static final PlainPassword PASSWORD = PlainPassword.forNewSecret("password123");
    private static final PlainPassword WRONG = PlainPassword.forNewSecret("password124");

    private final PasswordHashing argon2id = new PasswordHashing(Kind.ARGON2ID, 4);
    private final PasswordHashing bcrypt = new PasswordHashing(Kind.BCRYPT, 4);

    @Test
    void newHashesAreArgon2idWithOwaspsParametersAndARandomSalt() {
        PasswordHash hash = argon2id.hash(PASSWORD);

        assertThat(hash.value()).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(argon2id.hash(PASSWORD)).isNotEqualTo(hash);
        assertThat(argon2id.matches(PASSWORD, hash)).isTrue();
        assertThat(argon2id.matches(WRONG, hash)).isFalse();
        assertThat(argon2id.isOutdated(hash)).isFalse();
    }

    @Test
    void bothKindsAreAlwaysVerifiedAndTheOtherKindIsOutdated() {
        PasswordHash fromBcrypt = bcrypt.hash(PASSWORD);
        PasswordHash fromArgon2 = argon2id.hash(PASSWORD);

        assertThat(fromBcrypt.value()).startsWith("$2a$04$");
        assertThat(argon2id.matches(PASSWORD, fromBcrypt)).isTrue();
        assertThat(bcrypt.matches(PASSWORD, fromArgon2)).isTrue();
        assertThat(argon2id.matches(WRONG, fromBcrypt)).isFalse();
        assertThat(argon2id.isOutdated(fromBcrypt)).isTrue();
        assertThat(bcrypt.isOutdated(fromArgon2)).isTrue();
        assertThat(bcrypt.isOutdated(fromBcrypt)).isFalse();
    }

    @Test
    void anArgon2idHashOfOtherParametersIsOutdated() {
        PasswordHash weaker =
                new PasswordHash(argon2id.hash(PASSWORD).value().replace("m=19456,t=2,p=1", "m=4096,t=1,p=1"));

        assertThat(argon2id.isOutdated(weaker)).isTrue();
    }

    @Test
    void aDamagedHashNeverMatches() {
        assertThat(argon2id.matches(PASSWORD, new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$broken")))
                .isFalse();
        assertThat(argon2id.matches(PASSWORD, new PasswordHash("$2a$04$short"))).isFalse();
        assertThat(argon2id.matches(PASSWORD, new PasswordHash(""))).isFalse();
    }

    @Test
    void theKindIsNamedByTheSetting() {
        assertThat(Kind.named(" Argon2id ")).isEqualTo(Kind.ARGON2ID);
        assertThat(Kind.named("bcrypt")).isEqualTo(Kind.BCRYPT);
        assertThatThrownBy(() -> Kind.named("md5")).hasMessageContaining("GERBANG_PASSWORD_HASH");
    }
}
