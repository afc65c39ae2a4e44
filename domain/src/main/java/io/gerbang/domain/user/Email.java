package io.gerbang.domain.user;

import io.gerbang.domain.shared.Text;
import java.util.Locale;
import java.util.regex.Pattern;

/** An e-mail address, compared case-insensitively: it is kept in lower case. */
public record Email(String value) {

    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    public static final int MAX_LENGTH = 254;

    public Email {
        if (value == null) {
            throw new IllegalArgumentException("email is required");
        }
        if (Text.hasControlCharacters(value)) {
            throw new IllegalArgumentException("email is not a valid address");
        }
        value = value.strip().toLowerCase(Locale.ROOT);
        if (value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("email is not a valid address");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
