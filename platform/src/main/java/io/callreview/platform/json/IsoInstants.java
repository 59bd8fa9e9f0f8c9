package io.callreview.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import java.io.IOException;
import java.time.Instant;

/** An instant is an ISO-8601 string ("2026-03-02T15:00:00Z"); a bare number could be seconds or milliseconds. */
final class IsoInstants extends StdScalarDeserializer<Instant> {

    IsoInstants() {
        super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            return (Instant) context.handleUnexpectedToken(Instant.class, parser.currentToken(), parser,
                    "an instant must be an ISO-8601 string such as 2026-03-02T15:00:00Z");
        }
        return InstantDeserializer.INSTANT.deserialize(parser, context);
    }
}
