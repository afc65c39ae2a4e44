package io.gerbang.application.port.in.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gerbang.application.port.in.refusal.NoAccessToken;
import org.junit.jupiter.api.Test;

/** The one reading of an Authorization header that the REST API, /ws and Socket.IO share. */
class PresentedTokenTest {

    @Test
    void bearerInAnyCaseWithItsBlanksTrimmed() {
        assertThat(PresentedToken.fromAuthorization("Bearer abc.def.ghi", false))
                .isEqualTo("abc.def.ghi");
        assertThat(PresentedToken.fromAuthorization("  bearer   abc.def.ghi  ", false))
                .isEqualTo("abc.def.ghi");
        assertThat(PresentedToken.fromAuthorization("BEARER x", true)).isEqualTo("x");
    }

    @Test
    void noTokenIsNull() {
        assertThat(PresentedToken.fromAuthorization(null, true)).isNull();
        assertThat(PresentedToken.fromAuthorization("Bearer ", false)).isNull();
        assertThat(PresentedToken.fromAuthorization("Basic dXNlcjpwYXNz", false))
                .isNull();
        assertThat(PresentedToken.fromAuthorization("Basic dXNlcjpwYXNz", true))
                .as("a scheme, not a bare token")
                .isNull();
        assertThat(PresentedToken.fromAuthorization("   ", true)).isNull();
    }

    @Test
    void aBareTokenOnlyWhereTheDoorTakesOne() {
        assertThat(PresentedToken.fromAuthorization("abc.def.ghi", true)).isEqualTo("abc.def.ghi");
        assertThat(PresentedToken.fromAuthorization("abc.def.ghi", false)).isNull();
    }

    @Test
    void aPresentedTokenIsNeverBlankNorPrinted() {
        assertThatThrownBy(() -> new PresentedToken(" ")).isInstanceOf(NoAccessToken.class);
        assertThat(new PresentedToken("secret.token")).hasToString("PresentedToken[****]");
    }
}
