package io.callreview.scorecard.speech;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;

/** The engine the configuration names ({@code TRANSCRIPTION_ENGINE}): pocketsphinx offline, or an OpenAI-compatible server. */
@ApplicationScoped
public class TranscriberProducer {

    @Produces
    @ApplicationScoped
    Transcriber transcriber(SpeechConfig config, Vertx vertx, ObjectMapper json) {
        return switch (config.engine()) {
            case POCKETSPHINX -> new PocketsphinxTranscriber(config.pocketsphinx().command(), config.timeout());
            case OPENAI -> new OpenAiTranscriber(vertx, config.openai().url().orElseThrow(() -> new IllegalStateException(
                    "TRANSCRIPTION_ENGINE=openai needs TRANSCRIPTION_URL")), config.openai().model(),
                    config.openai().apiKey(), config.timeout(), json);
        };
    }

    void close(@Disposes Transcriber transcriber) throws Exception {
        if (transcriber instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }
}
