package io.gerbang.adapters.rest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    private final TrustedProxies proxies = TrustedProxies.parse("127.0.0.9, 10.1.0.0/16 ::1");

    @Test
    void withoutTrustedProxiesTheClientIsThePeerWhateverItForwards() {
        assertThat(TrustedProxies.parse("").clientOf("127.0.0.2", "10.9.9.9")).isEqualTo("127.0.0.2");
    }

    @Test
    void anUntrustedPeerIsTheClientEvenWithAForgedHeader() {
        assertThat(proxies.clientOf("127.0.0.5", "10.9.9.9")).isEqualTo("127.0.0.5");
    }

    @Test
    void aTrustedPeerIsBelievedAboutTheNearestAddressThatIsNotAProxy() {
        assertThat(proxies.clientOf("127.0.0.9", "203.0.113.7")).isEqualTo("203.0.113.7");
        // the client forged the left part; the proxies appended the rest, right to left
        assertThat(proxies.clientOf("127.0.0.9", "6.6.6.6, 203.0.113.7, 10.1.2.3"))
                .isEqualTo("203.0.113.7");
        assertThat(proxies.clientOf("0:0:0:0:0:0:0:1", "2001:db8::5")).isEqualTo("2001:db8:0:0:0:0:0:5");
    }

    @Test
    void aHeaderThatNamesNoAddressLeavesTheLastTrustedHop() {
        assertThat(proxies.clientOf("127.0.0.9", "evil.example")).isEqualTo("127.0.0.9");
        assertThat(proxies.clientOf("127.0.0.9", "1.2.3.4, ")).isEqualTo("127.0.0.9");
        assertThat(proxies.clientOf("127.0.0.9", null)).isEqualTo("127.0.0.9");
    }

    @Test
    void onlyAddressLiteralsAndBlocksAreTaken() {
        assertThatThrownBy(() -> TrustedProxies.parse("localhost")).hasMessageContaining("localhost");
        assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.0/40")).hasMessageContaining("prefix length");
        assertThat(AddressBlocks.literal("dead")).isNull();
        assertThat(AddressBlocks.literal("999.1.1.1")).isNull();
    }
}
