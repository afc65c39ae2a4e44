package io.gerbang.domain.user;

import io.gerbang.domain.shared.Text;

/** What a person is called where others see them (a profile, a chat room): 1 to 200 printable characters, trimmed. */
public record DisplayName(String value) {

    public static final int MAX_LENGTH = 200;

    public DisplayName {
        if (value == null || value.isBlank() || value.strip().length() > MAX_LENGTH || Text.hasUnprintable(value)) {
            throw new IllegalArgumentException("a display name is 1 to 200 printable characters");
        }
        value = value.strip();
    }

    @Override
    public String toString() {
        return value;
    }
}
