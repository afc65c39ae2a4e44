package io.gerbang.domain.task;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One attachment of a message, as its author gave it and as every door answers it: a JSON string (a reference
 * such as a URL) or a JSON object (a file's name, type and link, say), kept as its JSON text, at most 2 KiB of it.
 * The doors read the JSON; this holds the rule on its size and which of the two it is.
 */
public record Attachment(String json) {

    public static final int MAX_BYTES = 2048;

    public Attachment {
        Objects.requireNonNull(json, "json");
        boolean text = json.length() >= 2 && json.charAt(0) == '"' && json.charAt(json.length() - 1) == '"';
        boolean object = json.length() >= 2 && json.charAt(0) == '{' && json.charAt(json.length() - 1) == '}';
        if (!text && !object) {
            throw new IllegalArgumentException("an attachment is a JSON string or a JSON object");
        }
        if (text && json.length() == 2) {
            throw new IllegalArgumentException("an attachment that is a string is not empty");
        }
        if (json.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new IllegalArgumentException("an attachment is at most 2 KiB of JSON");
        }
    }

    /** Whether it is a JSON object (else a JSON string). */
    public boolean isObject() {
        return json.charAt(0) == '{';
    }
}
