package io.callreview.scorecard.speech;

import java.nio.file.Path;
import java.util.List;

/**
 * Speech to text for one channel of a recording, given as 16 kHz mono 16-bit WAV. An engine that is down or slow
 * throws {@code RecordingUnavailable} (tried again later), one that refuses the audio {@code RecordingRejected}.
 */
public interface Transcriber {

    /** The speech heard, in time order; empty when none was recognised. */
    List<SpokenText> transcribe(Path wav);
}
