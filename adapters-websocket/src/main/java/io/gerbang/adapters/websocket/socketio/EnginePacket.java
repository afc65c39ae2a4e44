package io.gerbang.adapters.websocket.socketio;

import java.util.Base64;
import java.util.Objects;

/**
 * One Engine.IO (protocol v4) packet: its type and its text data (empty when it has none). A binary message
 * ({@code binary}) holds its bytes in base64, as the polling transport writes them ({@code b<base64>}); the
 * websocket transport sends and receives those bytes as binary frames.
 */
public record EnginePacket(Type type, String data, boolean binary) {

    public enum Type {
        OPEN('0'),
        CLOSE('1'),
        PING('2'),
        PONG('3'),
        MESSAGE('4'),
        UPGRADE('5'),
        NOOP('6');

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
        if (binary && type != Type.MESSAGE) {
            throw new IllegalArgumentException("only a message is binary");
        }
    }

    public EnginePacket(Type type, String data) {
        this(type, data, false);
    }

    public static EnginePacket of(Type type) {
        return new EnginePacket(type, "");
    }

    public static EnginePacket message(String data) {
        return new EnginePacket(Type.MESSAGE, data);
    }

    public static EnginePacket binary(byte[] bytes) {
        return new EnginePacket(Type.MESSAGE, Base64.getEncoder().encodeToString(bytes), true);
    }

    /** The bytes of a binary message. */
    public byte[] bytes() {
        return Base64.getDecoder().decode(data);
    }
}
