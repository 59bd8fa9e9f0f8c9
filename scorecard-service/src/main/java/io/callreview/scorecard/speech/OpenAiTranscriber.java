package io.callreview.scorecard.speech;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.callreview.scorecard.audio.RecordingRejected;
import io.callreview.scorecard.audio.RecordingUnavailable;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;
import io.vertx.mutiny.ext.web.multipart.MultipartForm;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Any OpenAI-compatible speech-to-text server (OpenAI, whisper.cpp's server, faster-whisper servers, vLLM):
 * {@code POST {url}/v1/audio/transcriptions} as a multipart form with the file, the model and
 * {@code response_format=verbose_json}, whose segments carry start and end in seconds. 408, 429, 5xx and network
 * errors are worth another attempt; any other refusal (a bad key, an audio file it will not take) is not.
 */
public class OpenAiTranscriber implements Transcriber, AutoCloseable {

    static final String PATH = "/v1/audio/transcriptions";
    private static final int BODY_EXCERPT = 300;

    private final WebClient client;
    private final String endpoint;
    private final String model;
    private final Optional<String> apiKey;
    private final Duration timeout;
    private final ObjectMapper json;

    public OpenAiTranscriber(Vertx vertx, String baseUrl, String model, Optional<String> apiKey, Duration timeout,
                             ObjectMapper json) {
        this.client = WebClient.create(vertx, new WebClientOptions().setFollowRedirects(false)
                .setUserAgent("callreview-scorecard-service"));
        this.endpoint = baseUrl.replaceAll("/+$", "") + PATH;
        this.model = model;
        this.apiKey = apiKey;
        this.timeout = timeout;
        this.json = json;
    }

    @Override
    public List<SpokenText> transcribe(Path wav) {
        MultipartForm form = MultipartForm.create()
                .attribute("model", model)
                .attribute("response_format", "verbose_json")
                .binaryFileUpload("file", wav.getFileName().toString(), wav.toString(), "audio/wav");
        HttpResponse<Buffer> response;
        try {
            var request = client.postAbs(endpoint).timeout(timeout.toMillis());
            apiKey.filter(key -> !key.isBlank()).ifPresent(key -> request.putHeader("Authorization", "Bearer " + key));
            response = request.sendMultipartForm(form).await().atMost(timeout.plusSeconds(5));
        } catch (RuntimeException e) {
            throw new RecordingUnavailable("the transcription server at " + endpoint + " did not answer: " + e.getMessage(), e);
        }
        int status = response.statusCode();
        if (status == 200) {
            return segments(response.bodyAsString());
        }
        String answered = "the transcription server answered HTTP " + status + excerpt(response.bodyAsString());
        if (status == 408 || status == 429 || status >= 500) {
            throw new RecordingUnavailable(answered);
        }
        throw new RecordingRejected(answered);
    }

    private List<SpokenText> segments(String body) {
        JsonNode root;
        try {
            root = json.readTree(body == null ? "" : body);
        } catch (IOException e) {
            throw new RecordingUnavailable("the transcription server's answer is not JSON: " + e.getMessage(), e);
        }
        JsonNode segments = root == null ? null : root.get("segments");
        if (segments == null || !segments.isArray()) {
            throw new RecordingUnavailable("the transcription server's answer has no segments: is it verbose_json?");
        }
        List<SpokenText> spoken = new ArrayList<>();
        for (JsonNode segment : segments) {
            String text = segment.path("text").asText("").strip();
            if (!text.isEmpty()) {
                String speaker = segment.hasNonNull("speaker") ? segment.get("speaker").asText() : null;
                spoken.add(new SpokenText(millis(segment.path("start")), millis(segment.path("end")), text, speaker));
            }
        }
        return spoken;
    }

    private static long millis(JsonNode seconds) {
        return Math.round(seconds.asDouble(0) * 1000);
    }

    private static String excerpt(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String text = body.strip();
        return ": " + (text.length() <= BODY_EXCERPT ? text : text.substring(0, BODY_EXCERPT) + "…");
    }

    @Override
    public void close() {
        client.close();
    }
}
