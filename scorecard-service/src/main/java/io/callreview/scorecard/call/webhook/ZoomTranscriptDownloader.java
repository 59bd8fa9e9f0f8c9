package io.callreview.scorecard.call.webhook;

import io.callreview.platform.problem.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Downloads a Zoom transcript file with the event's {@code download_token}. Only allowlisted hosts are contacted,
 * on every redirect too, so a forged or compromised payload cannot make the service fetch internal addresses.
 */
@ApplicationScoped
public class ZoomTranscriptDownloader {

    private static final int MAX_REDIRECTS = 3;

    @Inject
    WebhookConfig config;

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    public String download(String url, String token, String field) {
        URI uri = allowed(url, field);
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(config.zoom().downloadTimeout()).GET();
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            HttpResponse<InputStream> response;
            try {
                response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            } catch (IOException e) {
                throw unavailable("the transcript could not be downloaded from " + uri.getHost() + ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw unavailable("interrupted while downloading the transcript");
            }
            int status = response.statusCode();
            if (status >= 300 && status < 400 && response.headers().firstValue("Location").isPresent()) {
                close(response);
                uri = allowed(uri.resolve(response.headers().firstValue("Location").get()).toString(), field);
                continue;
            }
            if (status != 200) {
                close(response);
                throw unavailable("downloading the transcript answered HTTP " + status);
            }
            return read(response);
        }
        throw unavailable("too many redirects downloading the transcript");
    }

    private URI allowed(String url, String field) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw ApiException.unprocessable(field, "is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean schemeOk = scheme.equals("https") || (scheme.equals("http") && config.zoom().allowHttpDownloads());
        if (!schemeOk || uri.getHost() == null || !hostAllowed(uri.getHost(), config.zoom().downloadHosts())) {
            throw ApiException.unprocessable(field, "transcripts are only downloaded over https from "
                    + String.join(", ", config.zoom().downloadHosts()) + ", not from " + url);
        }
        return uri;
    }

    static boolean hostAllowed(String host, List<String> allowlist) {
        String h = host.toLowerCase(Locale.ROOT);
        for (String entry : allowlist) {
            String allowed = entry.strip().toLowerCase(Locale.ROOT);
            if (allowed.startsWith("*.") ? h.endsWith(allowed.substring(1)) : h.equals(allowed)) {
                return true;
            }
        }
        return false;
    }

    private String read(HttpResponse<InputStream> response) {
        int limit = config.zoom().maxDownloadBytes();
        try (InputStream in = response.body()) {
            byte[] bytes = in.readNBytes(limit + 1);
            if (bytes.length > limit) {
                throw ApiException.tooLarge("transcript", "the transcript file is larger than " + limit + " bytes");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw unavailable("the transcript download broke off: " + e.getMessage());
        }
    }

    private static void close(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        } catch (IOException ignored) {
            // nothing to keep from a response we do not use
        }
    }

    /** 503: Zoom retries the event later, and nothing was stored. */
    private static ApiException unavailable(String detail) {
        return new ApiException(503, "transcript-unavailable", "Transcript unavailable", detail, List.of());
    }
}
