package io.gerbang.adapters.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HandshakeTest {

    @Test
    void aPageOfThisServerIsOfTheSameOriginAndAnyOtherIsNot() {
        assertThat(new Handshake(null, "http://127.0.0.1:8082", "127.0.0.1:8082").sameOrigin())
                .isTrue();
        assertThat(new Handshake(null, "http://LOCALHOST:8082", "localhost:8082").sameOrigin())
                .isTrue();
        assertThat(new Handshake(null, "http://127.0.0.1:3000", "127.0.0.1:8082").sameOrigin())
                .isFalse();
        assertThat(new Handshake(null, "http://evil.example", "127.0.0.1:8082").sameOrigin())
                .isFalse();
        assertThat(new Handshake(null, "null", "127.0.0.1:8082").sameOrigin()).isFalse();
        assertThat(new Handshake(null, "http://127.0.0.1:8082", null).sameOrigin())
                .isFalse();
        assertThat(new Handshake(null, "http://a b", "a b").sameOrigin()).isFalse();
    }
}
