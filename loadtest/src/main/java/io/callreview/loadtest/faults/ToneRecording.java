package io.callreview.loadtest.faults;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/**
 * A dual-channel call recording served over http on 127.0.0.1 (which the local suite allowlists): a low tone on the
 * rep's channel (0) and a high one on the prospect's (1), so {@link WhisperStandIn} can tell the channels apart after
 * scorecard-service has split them. Every call's recording URL is its own path; the same audio answers them all.
 */
final class ToneRecording implements AutoCloseable {

    static final int SECONDS = 30;
    private static final int RATE = 16_000;
    private static final double REP_HZ = 300;
    private static final double PROSPECT_HZ = 900;

    private final HttpServer server;
    private final byte[] wav;
    private final AtomicInteger downloads = new AtomicInteger();

    ToneRecording() throws IOException {
        wav = stereoWav();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        server.createContext("/recordings/", exchange -> {
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                exchange.getResponseHeaders().add("Content-Type", "audio/wav");
                exchange.sendResponseHeaders(200, wav.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(wav);
                }
                downloads.incrementAndGet();
            }
        });
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    String urlFor(String name) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/recordings/" + name + ".wav";
    }

    int downloads() {
        return downloads.get();
    }

    static boolean isRepTone(double hz) {
        return hz > 0 && hz < (REP_HZ + PROSPECT_HZ) / 2;
    }

    private static byte[] stereoWav() throws IOException {
        int frames = RATE * SECONDS;
        ByteBuffer pcm = ByteBuffer.allocate(frames * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < frames; i++) {
            double t = (double) i / RATE;
            pcm.putShort((short) (Math.sin(2 * Math.PI * REP_HZ * t) * 9_000));
            pcm.putShort((short) (Math.sin(2 * Math.PI * PROSPECT_HZ * t) * 9_000));
        }
        AudioFormat format = new AudioFormat(RATE, 16, 2, true, false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (AudioInputStream audio = new AudioInputStream(new ByteArrayInputStream(pcm.array()), format, frames)) {
            AudioSystem.write(audio, AudioFileFormat.Type.WAVE, out);
        }
        return out.toByteArray();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
