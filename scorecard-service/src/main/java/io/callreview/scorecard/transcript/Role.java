package io.callreview.scorecard.transcript;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Who a speaker is on the call. {@code UNKNOWN} marks a speaker the participants list does not name. */
public enum Role {
    REP,
    PROSPECT,
    OTHER,
    UNKNOWN;

    @JsonCreator
    public static Role parse(String value) {
        return value == null ? null : valueOf(value.strip().toUpperCase(Locale.ROOT));
    }

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
