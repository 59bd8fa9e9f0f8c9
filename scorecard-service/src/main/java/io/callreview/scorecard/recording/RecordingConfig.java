package io.callreview.scorecard.recording;

import io.callreview.scorecard.download.DownloadPolicy;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Where recordings may be downloaded from, how much of them, and which party speaks on which channel. */
@ConfigMapping(prefix = "callreview.recordings")
public interface RecordingConfig {

    /** Hosts recordings are downloaded from ({@code RECORDING_DOWNLOAD_HOSTS}); {@code *.example.com} allows subdomains. */
    @WithDefault("api.twilio.com,zoom.us,*.zoom.us")
    List<String> downloadHosts();

    /** Plain http downloads, for a local test server only. */
    @WithDefault("false")
    boolean allowHttpDownloads();

    @WithDefault("PT5M")
    Duration downloadTimeout();

    /** Largest recording downloaded ({@code RECORDING_MAX_BYTES}), 500 MiB by default. */
    @WithDefault("524288000")
    long maxBytes();

    /**
     * The role of each channel of a dual-channel recording, in channel order ({@code RECORDING_CHANNEL_ROLES}):
     * telephony usually records the rep on the first channel and the other party on the second.
     */
    @WithDefault("rep,prospect")
    String channelRoles();

    /** Per source, when it differs: {@code callreview.recordings.source-channel-roles.aircall=prospect,rep}. */
    Map<String, String> sourceChannelRoles();

    /**
     * Below this mean confidence of the recogniser in its words ({@code RECORDING_MIN_RECOGNITION_CONFIDENCE}, 0 to 1),
     * the call is graded with a note that the transcript may not say what was said, for a coach to listen before
     * trusting the grade.
     */
    @WithDefault("0.5")
    double minRecognitionConfidence();

    /** What a recording download may fetch. */
    static DownloadPolicy downloadPolicy(RecordingConfig config) {
        return new DownloadPolicy(config.downloadHosts(), config.allowHttpDownloads(), config.downloadTimeout(),
                config.maxBytes());
    }
}
