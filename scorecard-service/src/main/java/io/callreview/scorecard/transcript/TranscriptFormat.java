package io.callreview.scorecard.transcript;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The transcript formats accepted on ingestion. */
public enum TranscriptFormat {
    /** JSON segments with speaker, start and end in milliseconds, and text. */
    SEGMENTS,
    /** WebVTT as Zoom ({@code Name: text}) and Teams ({@code <v Name>}) produce it. */
    WEBVTT,
    /** SubRip ({@code .srt}): numbered cues, {@code 00:00:01,000 --> 00:00:04,000}, a {@code Name: } prefix. */
    SRT,
    /** Plain {@code Speaker: text} lines, or headings of speaker and time over the text; times where given. */
    TEXT;

    @JsonCreator
    public static TranscriptFormat parse(String value) {
        return value == null ? null : valueOf(value.strip().toUpperCase(Locale.ROOT));
    }

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
