package io.callreview.scorecard.download;

/** Why a download did not happen; {@link Kind#UNAVAILABLE} is the only kind that trying again may cure. */
public class DownloadException extends RuntimeException {

    public enum Kind {
        /** The URL is not https on an allowlisted host (or a redirect left the allowlist). */
        NOT_ALLOWED,
        /** The file is larger than the policy allows. */
        TOO_LARGE,
        /** The server refused the file for good (HTTP 4xx other than 408 and 429). */
        REFUSED,
        /** Network error, timeout, HTTP 5xx, 408 or 429, or too many redirects: it may work later. */
        UNAVAILABLE
    }

    private final Kind kind;

    public DownloadException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
