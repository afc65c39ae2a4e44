package io.gerbang.adapters.rest.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import io.gerbang.domain.shared.Text;
import java.io.IOException;

/**
 * Strings as Jackson reads them, but only well-formed ones: no NUL, no lone surrogate (JSON's
 * {@code "\ud800"}), no noncharacter. No store keeps those faithfully; PostgreSQL would write a '?'.
 */
final class WellFormedString extends StdScalarDeserializer<String> {

    WellFormedString() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String value = StringDeserializer.instance.deserialize(parser, context);
        if (value != null && !Text.isWellFormed(value)) {
            throw com.fasterxml.jackson.databind.exc.InvalidFormatException.from(
                    parser, "only well-formed text is allowed", value, String.class);
        }
        return value;
    }
}
