package io.callreview.scorecard.download;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Downloads a file from an allowlisted host only, re-checking every redirect, within a time and a size limit, so a
 * forged or compromised payload cannot make the service fetch internal addresses or fill its disk. Zoom transcripts
 * and call recordings both come through here. Credentials go to the URL's own host only: a redirect to another host
 * (a CDN, a storage bucket) is followed without them, as browsers and curl do.
 */
@ApplicationScoped
public class AllowlistedDownloader {

    private static final int MAX_REDIRECTS = 3;
    private static final int BUFFER = 64 * 1024;

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** The whole file, at most {@code policy.maxBytes()}; {@code authorization} (a header value) may be null. */
    public byte[] bytes(String url, DownloadPolicy policy, String authorization) {
        HttpResponse<InputStream> response = open(url, policy, authorization);
        try (InputStream in = response.body()) {
            int limit = (int) Math.min(policy.maxBytes(), Integer.MAX_VALUE - 1);
            byte[] bytes = in.readNBytes(limit + 1);
            if (bytes.length > limit) {
                throw tooLarge(policy);
            }
            return bytes;
        } catch (IOException e) {
            throw new DownloadException(DownloadException.Kind.UNAVAILABLE, "the download broke off: " + e.getMessage());
        }
    }

    /** Streams the file into {@code target}, which is deleted again when the file is over the size limit. */
    public void toFile(String url, DownloadPolicy policy, String authorization, Path target) {
        HttpResponse<InputStream> response = open(url, policy, authorization);
        try (InputStream in = response.body(); OutputStream out = Files.newOutputStream(target)) {
            byte[] buffer = new byte[BUFFER];
            long total = 0;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
                if (total > policy.maxBytes()) {
                    out.close();
                    Files.deleteIfExists(target);
                    throw tooLarge(policy);
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new DownloadException(DownloadException.Kind.UNAVAILABLE, "the download broke off: " + e.getMessage());
        }
    }

    /** Refuses a URL the policy does not allow, before anything is stored or fetched. */
    public URI allowed(String url, DownloadPolicy policy) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new DownloadException(DownloadException.Kind.NOT_ALLOWED, "is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean schemeOk = scheme.equals("https") || (scheme.equals("http") && policy.allowHttp());
        if (!schemeOk || uri.getHost() == null || !hostAllowed(uri.getHost(), policy.hosts())) {
            throw new DownloadException(DownloadException.Kind.NOT_ALLOWED, "files are only downloaded over https from "
                    + String.join(", ", policy.hosts()) + ", not from " + url);
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

    private HttpResponse<InputStream> open(String url, DownloadPolicy policy, String authorization) {
        URI uri = allowed(url, policy);
        String credentialsHost = uri.getHost();
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(policy.timeout()).GET();
            if (authorization != null && uri.getHost().equalsIgnoreCase(credentialsHost)) {
                request.header("Authorization", authorization);
            }
            HttpResponse<InputStream> response;
            try {
                response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            } catch (IOException e) {
                throw new DownloadException(DownloadException.Kind.UNAVAILABLE,
                        "the file could not be downloaded from " + uri.getHost() + ": " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DownloadException(DownloadException.Kind.UNAVAILABLE, "interrupted while downloading the file");
            }
            int status = response.statusCode();
            if (status >= 300 && status < 400 && response.headers().firstValue("Location").isPresent()) {
                close(response);
                uri = allowed(uri.resolve(response.headers().firstValue("Location").get()).toString(), policy);
                continue;
            }
            if (status != 200) {
                close(response);
                boolean mayRecover = status >= 500 || status == 408 || status == 429;
                throw new DownloadException(mayRecover ? DownloadException.Kind.UNAVAILABLE : DownloadException.Kind.REFUSED,
                        "downloading the file answered HTTP " + status);
            }
            return response;
        }
        throw new DownloadException(DownloadException.Kind.UNAVAILABLE, "too many redirects downloading the file");
    }

    private static DownloadException tooLarge(DownloadPolicy policy) {
        return new DownloadException(DownloadException.Kind.TOO_LARGE, "the file is larger than " + policy.maxBytes() + " bytes");
    }

    private static void close(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        } catch (IOException ignored) {
            // nothing to keep from a response we do not use
        }
    }
}
