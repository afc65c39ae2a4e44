package io.gerbang.adapters.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Encoded text frames as RFC 6455 §5.2 lays them out, for each of the three length forms. */
class RawFramesTest {

    @Test
    void aShortFrameHasItsLengthInTheSecondByte() {
        ByteBuffer frame = RawFrames.textFrame("{\"type\":\"pong\"}");

        assertThat(frame.get(0)).isEqualTo((byte) 0x81);
        assertThat(frame.get(1)).isEqualTo((byte) 15);
        assertThat(frame.remaining()).isEqualTo(2 + 15);
    }

    @Test
    void aMediumFrameCarriesASixteenBitLengthAndCountsBytesNotCharacters() {
        String text = "é".repeat(100); // 200 bytes of UTF-8
        ByteBuffer frame = RawFrames.textFrame(text);

        assertThat(frame.get(1)).isEqualTo((byte) 126);
        assertThat(frame.getShort(2) & 0xFFFF).isEqualTo(200);
        byte[] payload = new byte[frame.remaining() - 4];
        frame.position(4).get(payload);
        assertThat(new String(payload, StandardCharsets.UTF_8)).isEqualTo(text);
    }

    @Test
    void aLargeFrameCarriesASixtyFourBitLength() {
        ByteBuffer frame = RawFrames.textFrame("x".repeat(70_000));

        assertThat(frame.get(1)).isEqualTo((byte) 127);
        assertThat(frame.getLong(2)).isEqualTo(70_000L);
        assertThat(frame.remaining()).isEqualTo(10 + 70_000);
    }

    @Test
    void withoutRawFramesTheCallerFallsBack() {
        assertThat(RawFrames.NONE.writerFor(null, () -> {})).isNull();
    }
}
