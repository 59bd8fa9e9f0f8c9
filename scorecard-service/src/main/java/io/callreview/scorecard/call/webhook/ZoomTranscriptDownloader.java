package io.callreview.scorecard.call.webhook;

import io.callreview.platform.problem.ApiException;
import io.callreview.scorecard.download.AllowlistedDownloader;
import io.callreview.scorecard.download.DownloadException;
import io.callreview.scorecard.download.DownloadPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Downloads a Zoom transcript file with the event's {@code download_token} through {@link AllowlistedDownloader}
 * (allowlisted hosts on every redirect, time and size limits), and answers what went wrong as the webhook's problem.
 */
@ApplicationScoped
public class ZoomTranscriptDownloader {

    @Inject
    WebhookConfig config;

    @Inject
    AllowlistedDownloader downloader;

    public String download(String url, String token, String field) {
        WebhookConfig.Zoom zoom = config.zoom();
        DownloadPolicy policy = new DownloadPolicy(zoom.downloadHosts(), zoom.allowHttpDownloads(), zoom.downloadTimeout(),
                zoom.maxDownloadBytes());
        try {
            return new String(downloader.bytes(url, policy, token == null ? null : "Bearer " + token), StandardCharsets.UTF_8);
        } catch (DownloadException e) {
            throw switch (e.kind()) {
                case NOT_ALLOWED -> ApiException.unprocessable(field, "transcripts are only downloaded over https from "
                        + String.join(", ", zoom.downloadHosts()) + ", not from " + url);
                case TOO_LARGE -> ApiException.tooLarge("transcript", "the transcript file is larger than "
                        + zoom.maxDownloadBytes() + " bytes");
                case REFUSED, UNAVAILABLE -> unavailable("the transcript could not be downloaded: " + e.getMessage());
            };
        }
    }

    /** 503: Zoom retries the event later, and nothing was stored. */
    private static ApiException unavailable(String detail) {
        return new ApiException(503, "transcript-unavailable", "Transcript unavailable", detail, List.of());
    }
}
