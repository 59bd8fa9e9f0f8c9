package io.callreview.loadtest.faults;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An OpenAI-compatible speech-to-text server on loopback ({@code POST /v1/audio/transcriptions}, answering
 * {@code verbose_json} with timed segments), standing in for a GPU server running Whisper that can go down and come
 * back on the same port. It does not recognise speech: the recordings it gets are tones ({@link ToneRecording}), and it
 * tells the rep's channel from the prospect's by the tone's pitch, then answers that party's lines of a discovery call.
 */
final class WhisperStandIn implements AutoCloseable {

    record Line(double start, double end, String text) {
    }

    static final List<Line> REP = List.of(
            new Line(0.5, 4.0, "Thanks for making the time today."),
            new Line(4.5, 9.5, "My plan is to learn how your team reviews calls, show you a little, and agree what happens next. Does that work?"),
            new Line(14.0, 18.0, "How are you coaching the reps on their calls right now?"),
            new Line(22.0, 26.0, "Who else would weigh in before a decision like this gets made?"));
    static final List<Line> PROSPECT = List.of(
            new Line(10.0, 11.5, "Sure, that works."),
            new Line(18.5, 21.5, "Mostly our managers listen to a few calls a week."),
            new Line(26.5, 29.0, "Our VP of sales signs off on tools like this."));

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int port;
    private final AtomicInteger answered = new AtomicInteger();
    private HttpServer server;

    WhisperStandIn() throws IOException {
        server = start(0);
        port = server.getAddress().getPort();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** Transcriptions answered so far (one per channel of each recording). */
    int answered() {
        return answered.get();
    }

    /** Down: the port refuses connections, as when the server's process or machine is gone. */
    synchronized void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    synchronized void restart() throws IOException {
        if (server == null) {
            server = start(port);
        }
    }

    private HttpServer start(int onPort) throws IOException {
        HttpServer started = HttpServer.create(new InetSocketAddress("127.0.0.1", onPort), 50);
        started.createContext("/v1/audio/transcriptions", this::transcribe);
        started.setExecutor(Executors.newFixedThreadPool(4));
        started.start();
        return started;
    }

    private void transcribe(HttpExchange exchange) throws IOException {
        try (exchange; InputStream body = exchange.getRequestBody()) {
            byte[] form = body.readAllBytes();
            List<Line> lines = ToneRecording.isRepTone(pitchOf(form)) ? REP : PROSPECT;
            List<Map<String, Object>> segments = new ArrayList<>();
            for (Line line : lines) {
                Map<String, Object> segment = new LinkedHashMap<>();
                segment.put("id", segments.size());
                segment.put("start", line.start());
                segment.put("end", line.end());
                segment.put("text", " " + line.text());
                segments.add(segment);
            }
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("task", "transcribe");
            answer.put("language", "english");
            answer.put("duration", ToneRecording.SECONDS);
            answer.put("text", String.join(" ", lines.stream().map(Line::text).toList()));
            answer.put("segments", segments);
            byte[] bytes = JSON.writeValueAsBytes(answer);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            answered.incrementAndGet();
        }
    }

    /**
     * The dominant frequency (Hz) of the 16-bit mono WAV inside a multipart form, from its zero crossings; 0 when the
     * form holds no such WAV.
     */
    static double pitchOf(byte[] form) {
        int riff = indexOf(form, "RIFF".getBytes(StandardCharsets.US_ASCII), 0);
        if (riff < 0) {
            return 0;
        }
        ByteBuffer wav = ByteBuffer.wrap(form, riff, form.length - riff).order(ByteOrder.LITTLE_ENDIAN);
        int sampleRate = wav.getInt(riff + 24);
        int data = indexOf(form, "data".getBytes(StandardCharsets.US_ASCII), riff + 12);
        if (data < 0 || sampleRate <= 0) {
            return 0;
        }
        int length = Math.min(wav.getInt(data + 4), form.length - data - 8);
        int samples = length / 2;
        int crossings = 0;
        short previous = 0;
        for (int i = 0; i < samples; i++) {
            short sample = wav.getShort(data + 8 + 2 * i);
            if ((previous < 0 && sample >= 0) || (previous >= 0 && sample < 0)) {
                crossings++;
            }
            previous = sample;
        }
        return samples == 0 ? 0 : crossings / 2.0 / ((double) samples / sampleRate);
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = Math.max(0, from); i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Override
    public void close() {
        stop();
    }
}
