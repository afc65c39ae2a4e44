package io.gerbang.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gerbang.domain.access.UnitId;
import io.gerbang.domain.shared.ClientInfo;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UserValuesTest {

    @Test
    void emailsCompareWhateverTheirCase() {
        assertThat(new Email(" Hasbi@Company.COM ")).isEqualTo(new Email("hasbi@company.com"));
    }

    @Test
    void acceptsAddressesOfTheUsualShape() {
        for (String good : new String[] {"a@b.cd", "first.last@sub.domain.id", "x+tag@a.b.c"}) {
            assertThat(new Email(good).value()).isEqualTo(good);
        }
    }

    @Test
    void refusesMalformedEmails() {
        for (String bad : new String[] {
            "",
            "no-at",
            "a@b",
            "a b@c.d",
            "a@b.c\u0000",
            "x".repeat(250) + "@a.bc",
            "@b.cd",
            "a@b@c.de",
            "a@.cd",
            "a@bc.",
            "a@b.c\td"
        }) {
            assertThatThrownBy(() -> new Email(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void anIdentityHasNoSpacesNorControlCharacters() {
        assertThat(new UserIdentity(" 800000001 ").value()).isEqualTo("800000001");
        assertThatThrownBy(() -> new UserIdentity("80 01")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new UserIdentity("80\u000001")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new UserIdentity("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void lookAlikeEmailsAreOneAddressOrRefused() {
        // full-width letters and the Kelvin sign compose to the plain address
        assertThat(new Email("\uFF4E\uFF41\uFF52\uFF55\uFF54\uFF4F@company.com"))
                .isEqualTo(new Email("naruto@company.com"));
        assertThat(new Email("\u212Aakashi@company.com")).isEqualTo(new Email("kakashi@company.com"));
        // a Cyrillic a inside a Latin name, or a Greek omicron in the domain: refused
        assertThatThrownBy(() -> new Email("n\u0430ruto@company.com")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Email("naruto@c\u03BFmpany.com")).isInstanceOf(IllegalArgumentException.class);
        // one script a part is an address like any other
        assertThat(new Email("\u043D\u0430\u0440\u0443\u0442\u043E@company.com").value())
                .isEqualTo("\u043D\u0430\u0440\u0443\u0442\u043E@company.com");
    }

    @Test
    void lookAlikeIdentitiesAreOneIdentityOrRefused() {
        assertThat(new UserIdentity("\uFF18\uFF10\uFF10\uFF10\uFF10\uFF10\uFF10\uFF10\uFF11"))
                .isEqualTo(new UserIdentity("800000001"));
        assertThat(new UserIdentity("05123")).isEqualTo(new UserIdentity("5123"));
        assertThat(new UserIdentity("000").value()).isEqualTo("0");
        assertThat(new UserIdentity("NIM-0042").value()).isEqualTo("nim-0042");
        assertThatThrownBy(() -> new UserIdentity("\u0668\u0660\u0660")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new UserIdentity("1\u0967\u0968")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNewPasswordHasAtLeastSixCharactersAndAtMost72Bytes() {
        assertThat(PlainPassword.forNewSecret("sixsix").reveal()).isEqualTo("sixsix");
        assertThatThrownBy(() -> PlainPassword.forNewSecret("five5")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PlainPassword.forNewSecret("é".repeat(37)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(PlainPassword.presented("x").reveal()).isEqualTo("x");
        assertThat(PlainPassword.presented("secret1").toString()).doesNotContain("secret1");
    }

    @Test
    void anInactiveUserMayNotHoldASession() {
        User inactive = Users.inactive();

        assertThat(inactive.mayHoldSession()).isFalse();
        assertThat(inactive.activated(true, Instant.EPOCH).mayHoldSession()).isTrue();
        assertThat(inactive.toString()).doesNotContain("$2a$");
    }

    @Test
    void aUserIsRenamedMovedAndDeactivatedWithTheTimeOfTheChange() {
        User naruto = Users.naruto();
        Instant later = Instant.parse("2026-11-22T00:00:00Z");

        User changed = naruto.renamed(new DisplayName("  Naruto Uzumaki "), later)
                .movedTo(new UnitId(3), later)
                .activated(false, later);

        assertThat(changed.name()).isEqualTo(new DisplayName("Naruto Uzumaki"));
        assertThat(changed.unitId()).isEqualTo(new UnitId(3));
        assertThat(changed.active()).isFalse();
        assertThat(changed.updatedAt()).isEqualTo(later);
        assertThat(changed.createdAt()).isEqualTo(Instant.EPOCH);
        assertThat(naruto.movedTo(null, later).unitId()).isNull();
    }

    @Test
    void aNameHasOneTo200PrintableCharacters() {
        assertThatThrownBy(() -> new DisplayName("   ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DisplayName("a\u0000b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DisplayName("a\u202Eb")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DisplayName("x".repeat(201))).isInstanceOf(IllegalArgumentException.class);
        assertThat(new DisplayName("x".repeat(200)).value()).hasSize(200);
        assertThat(new DisplayName("  Sakura ").value()).isEqualTo("Sakura");
    }

    @Test
    void clientInfoKeepsOnlyPrintableTextOfBoundedLength() {
        ClientInfo info = new ClientInfo("agent\u0000\n" + "x".repeat(1000), "127.0.0.1\r\n");

        assertThat(info.userAgent()).doesNotContain("\u0000", "\n").hasSize(ClientInfo.MAX_USER_AGENT);
        assertThat(info.ip()).isEqualTo("127.0.0.1");
    }
}
