package io.callreview.launcher;

import com.sun.net.httpserver.HttpServer;
import io.callreview.devtools.SpokenAudio;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executors;

/**
 * The demo's recording-only call: a short dual-channel WAV made on this machine (espeak-ng speaks, ffmpeg mixes the
 * rep on channel 0 and the prospect on channel 1), served over http on 127.0.0.1 for scorecard-service to download,
 * transcribe and grade. Only where espeak-ng and ffmpeg are installed.
 */
final class DemoRecording {

    // long enough to be a conversation to grade (50 words, 15 of them the prospect's), ASR's slips included
    static final String REP_SAYS = "Thanks for your time today, Dana. Before we start, I'd like to understand how your team"
            + " schedules field visits now. Who else is involved in the decision, and what budget have you set aside for this project?";
    static final String PROSPECT_SAYS = "Our finance director signs off, and the regional managers will want a say. We have"
            + " about twenty thousand dollars for this, and we would like to start before the summer.";
    static final int SECONDS = 32;

    private final String url;

    private DemoRecording(String url) {
        this.url = url;
    }

    static Optional<DemoRecording> serve() throws IOException {
        if (!SpokenAudio.toolsInstalled()) {
            return Optional.empty();
        }
        Path wav = SpokenAudio.stereoCall(Files.createTempDirectory("callreview-demo-recording"), REP_SAYS, PROSPECT_SAYS,
                17_000, SECONDS);
        byte[] audio = Files.readAllBytes(wav);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "demo-recording");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/demo-recording.wav", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "audio/wav");
            exchange.sendResponseHeaders(200, audio.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(audio);
            }
        });
        server.start();
        return Optional.of(new DemoRecording("http://127.0.0.1:" + server.getAddress().getPort() + "/demo-recording.wav"));
    }

    String url() {
        return url;
    }
}
