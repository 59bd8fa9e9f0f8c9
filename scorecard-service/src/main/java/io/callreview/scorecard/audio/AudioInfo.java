package io.callreview.scorecard.audio;

/** What ffprobe found in a recording: its container format, length and number of audio channels. */
public record AudioInfo(String format, double durationSeconds, int channels) {
}
