package io.callreview.platform.problem;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** What a client is told about a JSON value that could not be read, and where it was. */
class JsonPathsTest {

    enum Plain { MET, MISSED }

    /** Written in lower case, read in any case, as the services' roles are. */
    enum Written {
        REP, PROSPECT;

        @JsonCreator
        static Written parse(String value) {
            return valueOf(value.toUpperCase(Locale.ROOT));
        }

        @JsonValue
        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    record Participant(String name, Written role) {
    }

    record Call(List<Participant> participants, Plain verdict, int minutes) {
    }

    private static JsonMappingException reading(String json) {
        return catchThrowableOfType(() -> new ObjectMapper().readValue(json, Call.class), JsonMappingException.class);
    }

    @Test
    void anUnknownEnumValueListsTheValuesAsTheClientWritesThem() {
        JsonMappingException plain = reading("{\"verdict\": \"PASSED\"}");
        assertThat(JsonPaths.of(plain.getPath())).isEqualTo("verdict");
        assertThat(JsonPaths.describe(plain)).isEqualTo("must be one of [MET, MISSED]");

        JsonMappingException written = reading("{\"participants\": [{\"name\": \"Rita\", \"role\": \"host\"}]}");
        assertThat(JsonPaths.of(written.getPath())).isEqualTo("participants[0].role");
        assertThat(JsonPaths.describe(written)).isEqualTo("must be one of [rep, prospect]");
    }

    @Test
    void aValueOfTheWrongKindNamesTheKindExpected() {
        JsonMappingException number = reading("{\"minutes\": \"ten\"}");
        assertThat(JsonPaths.of(number.getPath())).isEqualTo("minutes");
        assertThat(JsonPaths.describe(number)).isEqualTo("cannot be read as a whole number");

        ObjectMapper strict = new ObjectMapper().disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        JsonMappingException fraction = catchThrowableOfType(() -> strict.readValue("{\"minutes\": 0.8}", Call.class),
                JsonMappingException.class);
        assertThat(JsonPaths.of(fraction.getPath())).isEqualTo("minutes");
        assertThat(JsonPaths.describe(fraction)).isEqualTo("cannot be read as a whole number");
    }
}
