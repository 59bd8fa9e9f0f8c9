package io.callreview.scorecard.speech;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Which speech-to-text engine transcribes recordings, and how it is reached. */
@ConfigMapping(prefix = "callreview.transcription")
public interface SpeechConfig {

    enum Engine { POCKETSPHINX, OPENAI }

    /** {@code pocketsphinx} (offline, Debian's package) or {@code openai} (any OpenAI-compatible server). */
    @WithDefault("pocketsphinx")
    Engine engine();

    /** Time limit of transcribing one channel. */
    @WithDefault("PT30M")
    Duration timeout();

    Pocketsphinx pocketsphinx();

    OpenAi openai();

    interface Pocketsphinx {
        @WithDefault("pocketsphinx_continuous")
        String command();
    }

    interface OpenAi {
        /** Base URL of the server, e.g. {@code https://api.openai.com} or {@code http://gpu-box:8000}. */
        Optional<String> url();

        @WithDefault("whisper-1")
        String model();

        /** Bearer key, from the environment only. */
        Optional<String> apiKey();
    }
}
