package io.callreview.scorecard.transcript;

/** One utterance of the transcript: who spoke, when (milliseconds from the start of the call) and what. */
public record Segment(String speaker, long startMs, long endMs, String text, Role role) {

    public Segment {
        speaker = speaker == null || speaker.isBlank() ? Transcript.UNKNOWN_SPEAKER : speaker.strip();
        text = text == null ? "" : text;
        role = role == null ? Role.UNKNOWN : role;
    }

    public Segment withRole(Role newRole) {
        return new Segment(speaker, startMs, endMs, text, newRole);
    }

    public long durationMs() {
        return Math.max(0, endMs - startMs);
    }
}
