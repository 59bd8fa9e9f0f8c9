package io.callreview.loadtest.scale;

import io.callreview.loadtest.bench.Percentiles;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Times one read of an API as a client sees it: from sending the request to the last byte of the body, which is read
 * and discarded (a streamed CSV costs its whole transfer), and to its first byte. A few warm-ups first; a read whose first warm-up takes
 * longer than {@link #SLOW} gets no more warm-ups and is timed only {@link #SLOW_RUNS} times, so a slow read cannot
 * hold a large stage up for hours (its p95 is then the slowest of those few).
 */
public final class ReadTimer {

    /**
     * The timings of one read to its last byte and to its first (what a download's user waits for before it starts),
     * its last status and body size, and how long its first warm-up took (a read that keeps summaries for the next
     * reader pays for them there).
     */
    public record Timing(Percentiles latency, Percentiles firstByte, int status, long bytes, double firstMs) {
    }

    private static final Duration SLOW = Duration.ofSeconds(3);
    private static final int SLOW_RUNS = 3;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String baseUrl;
    private final int warmups;
    private final int timed;

    public ReadTimer(String baseUrl, int warmups, int timed) {
        this.baseUrl = baseUrl;
        this.warmups = warmups;
        this.timed = timed;
    }

    public Timing time(String path, String token) throws IOException, InterruptedException {
        long slowest = 0;
        long first = 0;
        Response last = null;
        for (int i = 0; i < warmups && slowest <= SLOW.toNanos(); i++) {
            last = get(path, token);
            slowest = Math.max(slowest, last.nanos());
            first = i == 0 ? last.nanos() : first;
            if (last.status() != 200) {
                return new Timing(Percentiles.ofNanos(List.of()), Percentiles.ofNanos(List.of()), last.status(), last.bytes(),
                        first / 1e6);
            }
        }
        int runs = slowest > SLOW.toNanos() ? Math.min(SLOW_RUNS, timed) : timed;
        List<Long> nanos = new ArrayList<>();
        List<Long> firstBytes = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            last = get(path, token);
            nanos.add(last.nanos());
            firstBytes.add(last.firstByteNanos());
        }
        return new Timing(Percentiles.ofNanos(nanos), Percentiles.ofNanos(firstBytes), last == null ? 0 : last.status(),
                last == null ? 0 : last.bytes(), first / 1e6);
    }

    /** A page of JSON as text, for following links. */
    public String text(String path, String token) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request(path, token), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private record Response(int status, long bytes, long nanos, long firstByteNanos) {
    }

    private Response get(String path, String token) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<InputStream> response = client.send(request(path, token), HttpResponse.BodyHandlers.ofInputStream());
        long bytes = 0;
        long firstByte = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream body = response.body()) {
            for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                firstByte = bytes == 0 && n > 0 ? System.nanoTime() - start : firstByte;
                bytes += n;
            }
        }
        long nanos = System.nanoTime() - start;
        return new Response(response.statusCode(), bytes, nanos, bytes == 0 ? nanos : firstByte);
    }

    private HttpRequest request(String path, String token) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofMinutes(5))
                .header("Authorization", "Bearer " + token).GET().build();
    }
}
