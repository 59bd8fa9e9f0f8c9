package io.callreview.scorecard.recording;

import io.callreview.scorecard.speech.SpokenText;
import java.util.List;

/** What was heard on one channel of a recording (channel 0 for a mono recording). */
record ChannelSpeech(int channel, List<SpokenText> speech) {
}
