package io.callreview.loadtest.faults;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** Requests with exact bytes and headers, a bounded timeout, and the answer's status, media type and time taken. */
final class RawHttp {

    /** An answer; {@code status} 0 when there was none (timeout, connection refused or reset), with the error. */
    record Reply(int status, String contentType, String body, long millis, String error) {
        boolean problemJson() {
            return contentType.startsWith("application/problem+json");
        }

        @Override
        public String toString() {
            return status == 0 ? "no answer after " + millis + " ms (" + error + ")" : status + " " + contentType + " in " + millis + " ms";
        }
    }

    private static final int LARGE = 1024 * 1024;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final Duration timeout;

    RawHttp(Duration timeout) {
        this.timeout = timeout;
    }

    Reply send(String method, String url, String token, Map<String, String> headers, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        if (!headers.keySet().stream().anyMatch(h -> h.equalsIgnoreCase("Content-Type")) && body != null) {
            request.header("Content-Type", "application/json");
        }
        if (body != null && body.length > LARGE) {
            return ExpectContinue.send(method, URI.create(url), request.build().headers().map(), body, timeout);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        long start = System.nanoTime();
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            String text = new String(response.body(), StandardCharsets.UTF_8);
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    text.length() > 500 ? text.substring(0, 500) : text, (System.nanoTime() - start) / 1_000_000, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reply(0, "", "", (System.nanoTime() - start) / 1_000_000, "interrupted");
        } catch (Exception e) {
            return new Reply(0, "", "", (System.nanoTime() - start) / 1_000_000, e.toString());
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
