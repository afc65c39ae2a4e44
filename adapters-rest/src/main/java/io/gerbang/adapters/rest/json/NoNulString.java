package io.gerbang.adapters.rest.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import java.io.IOException;

/** Strings as Jackson reads them, but never with a NUL character: no store keeps one faithfully. */
final class NoNulString extends StdScalarDeserializer<String> {

    NoNulString() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String value = StringDeserializer.instance.deserialize(parser, context);
        if (value != null && value.indexOf('\u0000') >= 0) {
            throw com.fasterxml.jackson.databind.exc.InvalidFormatException.from(parser,
                    "NUL characters are not allowed", value, String.class);
        }
        return value;
    }
}
