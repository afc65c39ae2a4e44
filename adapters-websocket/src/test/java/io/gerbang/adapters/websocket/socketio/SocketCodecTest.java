package io.gerbang.adapters.websocket.socketio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gerbang.adapters.websocket.socketio.SocketPacket.Kind;
import org.junit.jupiter.api.Test;

/** Socket.IO v5 packets, in the protocol's own examples and seed 001's events. */
class SocketCodecTest {

    private final ObjectMapper json = new ObjectMapper();
    private final SocketCodec codec = new SocketCodec(json);

    @Test
    void readsConnectWithTheAuthPayload() throws Exception {
        SocketPacket connect = codec.decode("0{\"token\":\"eyJ.a.b\"}");

        assertThat(connect.kind()).isEqualTo(Kind.CONNECT);
        assertThat(connect.namespace()).isEqualTo("/");
        assertThat(connect.data().path("token").asText()).isEqualTo("eyJ.a.b");
        assertThat(codec.decode("0").data()).isNull();
        assertThat(codec.decode("0/admin,").namespace()).isEqualTo("/admin");
    }

    @Test
    void readsEventsWithTheirNameNamespaceAndAckId() {
        SocketPacket event = codec.decode("2[\"send_message\",{\"taskId\":\"1\",\"message\":\"Halo\"}]");
        assertThat(event.kind()).isEqualTo(Kind.EVENT);
        assertThat(event.eventName()).isEqualTo("send_message");
        assertThat(event.ackId()).isNull();

        SocketPacket asking = codec.decode("2/admin,456[\"project:delete\",123]");
        assertThat(asking.namespace()).isEqualTo("/admin");
        assertThat(asking.ackId()).isEqualTo(456L);
        assertThat(asking.data().get(1).asInt()).isEqualTo(123);

        assertThat(codec.decode("212[\"join_task\",1]").ackId()).isEqualTo(12L);
        SocketPacket ack = codec.decode("3/admin,456[]");
        assertThat(ack.kind()).isEqualTo(Kind.ACK);
        assertThat(ack.ackId()).isEqualTo(456L);
    }

    @Test
    void writesWhatItReads() {
        for (String text : new String[] {
            "0",
            "0{\"sid\":\"abc\"}",
            "1",
            "2[\"new_message\",{\"taskId\":1}]",
            "37[{\"ok\":true,\"message_id\":9}]",
            "4{\"message\":\"Authentication error: No token provided\"," + "\"data\":{\"code\":\"TOKEN_MISSING\"}}",
            "4/custom,{\"message\":\"Invalid namespace\"}"
        }) {
            assertThat(codec.encode(codec.decode(text))).isEqualTo(text);
        }
        assertThat(codec.encode(new SocketPacket(
                        Kind.EVENT,
                        "/",
                        null,
                        json.createArrayNode()
                                .add("user_typing")
                                .add(json.createObjectNode().put("taskId", 1)))))
                .isEqualTo("2[\"user_typing\",{\"taskId\":1}]");
    }

    @Test
    void readsAndWritesBinaryPacketsWithTheirCountOfAttachments() {
        SocketPacket binary = codec.decode(
                "52-789[\"upload\",{\"_placeholder\":true,\"num\":0}," + "{\"_placeholder\":true,\"num\":1}]");
        assertThat(binary.kind()).isEqualTo(Kind.BINARY_EVENT);
        assertThat(binary.attachments()).isEqualTo(2);
        assertThat(binary.ackId()).isEqualTo(789L);
        assertThat(binary.eventName()).isEqualTo("upload");
        assertThat(codec.encode(new SocketPacket(Kind.BINARY_ACK, "/", 789L, binary.data(), 2)))
                .startsWith("62-789[\"upload\",");
        assertThat(codec.decode("51-/custom,[\"x\",{\"_placeholder\":true,\"num\":0}]")
                        .namespace())
                .isEqualTo("/custom");
    }

    @Test
    void refusesWhatIsNotOfTheProtocol() {
        for (String bad : new String[] {
            "", // nothing
            "9", // no such type
            "2[", // not JSON
            "2{\"name\":\"x\"}", // an event that is not an array
            "2[]", // an event without a name
            "2[42,\"x\"]", // a name that is not a string
            "3[]", // an ack without its id
            "312{}", // an ack that is not an array
            "0[\"x\"]", // a connect with an array
            "1{}", // a disconnect with data
            "5[\"upload\"]", // binary without its count
            "50-[\"upload\"]", // binary with no attachment
            "5x-[\"upload\"]", // a count that is no number
            "2" + "9".repeat(16) + "[\"x\"]"
        }) { // an ack id past any counter
            assertThatThrownBy(() -> codec.decode(bad)).as(bad).isInstanceOf(MalformedPacket.class);
        }
    }

    @Test
    void digitsOfOtherScriptsAreNeitherAnAckIdNorACountOfAttachments() {
        // Arabic-Indic 1 and 2: Character.isDigit says yes, the reference parser says no
        assertThatThrownBy(() -> codec.decode("42\u0661\u0662[\"join_task\",1]"))
                .isInstanceOf(MalformedPacket.class);
        assertThatThrownBy(() -> codec.decode("2\u0661[\"join_task\",1]")).isInstanceOf(MalformedPacket.class);
        assertThatThrownBy(() -> codec.decode("5\u0661-[\"upload\",{\"_placeholder\":true,\"num\":0}]"))
                .isInstanceOf(MalformedPacket.class);
        assertThat(codec.decode("212[\"join_task\",1]").ackId()).isEqualTo(12L);
    }
}
