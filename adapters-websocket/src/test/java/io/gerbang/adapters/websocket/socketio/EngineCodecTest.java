package io.gerbang.adapters.websocket.socketio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gerbang.adapters.websocket.socketio.EnginePacket.Type;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Engine.IO text packets and polling payloads, v4 and v3, in the protocols' own examples. */
class EngineCodecTest {

    @Test
    void aPacketIsItsTypeDigitAndItsData() {
        assertThat(EngineCodec.decode("4hello")).isEqualTo(EnginePacket.message("hello"));
        assertThat(EngineCodec.decode("2probe")).isEqualTo(new EnginePacket(Type.PING, "probe"));
        assertThat(EngineCodec.decode("6")).isEqualTo(EnginePacket.of(Type.NOOP));
        assertThat(EngineCodec.encode(new EnginePacket(Type.PONG, "probe"))).isEqualTo("3probe");
        assertThat(EngineCodec.encode(EnginePacket.of(Type.UPGRADE))).isEqualTo("5");
    }

    @Test
    void aPollingPayloadIsPacketsJoinedByTheRecordSeparator() {
        List<EnginePacket> packets =
                List.of(EnginePacket.message("hello"), EnginePacket.of(Type.PING), EnginePacket.message("€ and 👍"));
        String body = "4hello\u001e2\u001e4€ and 👍";

        assertThat(EngineCodec.encodePayload(packets)).isEqualTo(body);
        assertThat(EngineCodec.decodePayload(body)).isEqualTo(packets);
        assertThat(EngineCodec.decodePayload("40")).containsExactly(EnginePacket.message("0"));
    }

    @Test
    void aBinaryMessageIsBAndItsBytesInBase64() {
        EnginePacket binary = EngineCodec.decode("bAQIDBA==");

        assertThat(binary.binary()).isTrue();
        assertThat(binary.bytes()).containsExactly(1, 2, 3, 4);
        assertThat(EngineCodec.encodePayload(List.of(EnginePacket.message("hello"), binary)))
                .isEqualTo("4hello\u001ebAQIDBA==");
    }

    @Test
    void refusesWhatIsNotAPacket() {
        for (String bad : new String[] {"", "7hello", "xyz", "b%%%"}) {
            assertThatThrownBy(() -> EngineCodec.decode(bad)).as(bad).isInstanceOf(MalformedPacket.class);
        }
        assertThatThrownBy(() -> EngineCodec.decodePayload("4hello\u001e\u001e2"))
                .isInstanceOf(MalformedPacket.class);
        assertThatThrownBy(() -> EngineCodec.decodePayload("")).isInstanceOf(MalformedPacket.class);
    }

    @Test
    void aVersion3PayloadPrefixesEachPacketWithItsLengthInCharacters() {
        String body = "6:4hello2:4€7:42[\"a\"]";

        assertThat(EngineCodec.decodePayload(body, EngineHandshake.LEGACY))
                .containsExactly(
                        EnginePacket.message("hello"), EnginePacket.message("€"), EnginePacket.message("2[\"a\"]"));
        assertThat(EngineCodec.payload(List.of("4hello", "4€", "42[\"a\"]"), EngineHandshake.LEGACY))
                .isEqualTo(body);
        assertThat(EngineCodec.payload(List.of("2", "3probe"), EngineHandshake.LEGACY))
                .isEqualTo("1:26:3probe");
        // a binary message in base64 names its type
        EnginePacket binary = EngineCodec.decodePayload("10:b4AQIDBA==", EngineHandshake.LEGACY)
                .get(0);
        assertThat(binary.binary()).isTrue();
        assertThat(binary.bytes()).containsExactly(1, 2, 3, 4);
        assertThat(EngineCodec.binaryText(new byte[] {1, 2, 3, 4}, EngineHandshake.LEGACY))
                .isEqualTo("b4AQIDBA==");
    }

    @Test
    void aVersion3PayloadThatLiesAboutItsLengthsIsRefusedWhole() {
        for (String bad : new String[] {
            "",
            "7:4hello",
            "5:4hello",
            "x:4hello",
            "6:4hello9",
            "0:",
            ":4",
            "6:4hello3:",
            "99999999999:4",
            "6:4hello-1:4",
            "2:b5"
        }) {
            assertThatThrownBy(() -> EngineCodec.decodePayload(bad, EngineHandshake.LEGACY))
                    .as(bad)
                    .isInstanceOf(MalformedPacket.class);
        }
    }
}
