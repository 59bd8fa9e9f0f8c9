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
    void aMisspeltFieldIsNamedWithTheKnownOneItMostLikelyMeant() {
        ObjectMapper strict = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        JsonMappingException cased = catchThrowableOfType(() -> strict.readValue("{\"Minutes\": 3}", Call.class),
                JsonMappingException.class);
        assertThat(JsonPaths.of(cased.getPath())).isEqualTo("Minutes");
        assertThat(JsonPaths.describe(cased)).isEqualTo("is not a known field; did you mean minutes?");

        JsonMappingException nested = catchThrowableOfType(() -> strict.readValue(
                "{\"participants\": [{\"name\": \"Rita\", \"rloe\": \"rep\"}]}", Call.class), JsonMappingException.class);
        assertThat(JsonPaths.of(nested.getPath())).isEqualTo("participants[0].rloe");
        assertThat(JsonPaths.describe(nested)).isEqualTo("is not a known field; did you mean role?");

        JsonMappingException unlike = catchThrowableOfType(() -> strict.readValue("{\"duration\": 3}", Call.class),
                JsonMappingException.class);
        assertThat(JsonPaths.describe(unlike)).isEqualTo("is not a known field");

        assertThat(JsonPaths.closest("exmaples", List.of("phrases", "examples", "counterExamples"))).contains("examples");
        assertThat(JsonPaths.closest("fromSeconds", List.of("fromPct", "toPct", "lastMinutes"))).isEmpty();
        assertThat(JsonPaths.closest("nam", List.of("name", "role"))).contains("name");
        assertThat(JsonPaths.closest("xy", List.of("name", "role"))).isEmpty();
    }

    /** A working day's start as a person types it. */
    record Hours(java.time.LocalTime workStart) {
    }

    @Test
    void aTimeOfDayThatDoesNotParseSaysHowToWriteOne() {
        ObjectMapper withTimes = new ObjectMapper().findAndRegisterModules();
        JsonMappingException nine = catchThrowableOfType(() -> withTimes.readValue("{\"workStart\": \"9:00\"}", Hours.class),
                JsonMappingException.class);

        assertThat(JsonPaths.of(nine.getPath())).isEqualTo("workStart");
        assertThat(JsonPaths.describe(nine)).isEqualTo("cannot be read as a time of day such as 09:00 or 17:30 (24-hour, two digits each)");
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
