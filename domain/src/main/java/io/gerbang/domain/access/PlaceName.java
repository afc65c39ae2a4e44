package io.gerbang.domain.access;

import io.gerbang.domain.shared.Text;

/**
 * What a branch or unit of the organisation tree is called (a campus, a study programme): 1 to 200 printable
 * characters, trimmed. Two branches of one company, or two units of one branch, never share one, whatever its case.
 */
public record PlaceName(String value) {

    public static final int MAX_LENGTH = 200;

    public PlaceName {
        value = Text.checkedLine(value, MAX_LENGTH, "a place name");
    }

    @Override
    public String toString() {
        return value;
    }
}
