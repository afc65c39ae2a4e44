package io.gerbang.domain.user;

import io.gerbang.domain.shared.Text;

/** What a person is called where others see them (a profile, a chat room): 1 to 200 printable characters, trimmed. */
public record DisplayName(String value) {

    public static final int MAX_LENGTH = 200;

    public DisplayName {
        value = Text.checkedLine(value, MAX_LENGTH, "a display name");
    }

    @Override
    public String toString() {
        return value;
    }
}
