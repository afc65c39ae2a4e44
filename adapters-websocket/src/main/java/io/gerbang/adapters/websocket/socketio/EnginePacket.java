package io.gerbang.adapters.websocket.socketio;

import java.util.Objects;

/**
 * One Engine.IO (protocol v4) packet: its type and its text data (empty when it has none). Binary packets
 * are not spoken here: Gerbang's chat carries JSON only.
 */
public record EnginePacket(Type type, String data) {

    public enum Type {
        OPEN('0'), CLOSE('1'), PING('2'), PONG('3'), MESSAGE('4'), UPGRADE('5'), NOOP('6');

        final char code;

        Type(char code) {
            this.code = code;
        }

        static Type of(char code) {
            for (Type type : values()) {
                if (type.code == code) {
                    return type;
                }
            }
            throw new MalformedPacket("unknown Engine.IO packet type '" + code + "'");
        }
    }

    public EnginePacket {
        Objects.requireNonNull(type, "type");
        data = data == null ? "" : data;
    }

    public static EnginePacket of(Type type) {
        return new EnginePacket(type, "");
    }

    public static EnginePacket message(String data) {
        return new EnginePacket(Type.MESSAGE, data);
    }
}
