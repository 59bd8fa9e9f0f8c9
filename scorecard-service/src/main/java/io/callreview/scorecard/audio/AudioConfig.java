package io.callreview.scorecard.audio;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The packaged audio tools and the limits on what they are given. */
@ConfigMapping(prefix = "callreview.audio")
public interface AudioConfig {

    @WithDefault("ffmpeg")
    String ffmpeg();

    @WithDefault("ffprobe")
    String ffprobe();

    /** Longest recording accepted ({@code RECORDING_MAX_DURATION}). */
    @WithDefault("PT4H")
    Duration maxDuration();

    /** Time limit of one ffmpeg or ffprobe run. */
    @WithDefault("PT10M")
    Duration toolTimeout();

    /** A channel whose loudest moment is quieter than this (dBFS) holds no speech. */
    @WithDefault("-50")
    double silenceDb();
}
