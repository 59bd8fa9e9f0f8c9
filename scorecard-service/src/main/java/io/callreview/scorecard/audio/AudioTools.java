package io.callreview.scorecard.audio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads recordings with Debian's ffprobe and ffmpeg: what a file holds, one channel of it as the 16 kHz mono 16-bit
 * WAV that speech engines want, and whether a channel is silent. A file they cannot read is rejected with their reason.
 */
@ApplicationScoped
public class AudioTools {

    /** ffprobe's names of the containers accepted: WAV, MP3 and M4A/MP4. */
    private static final Set<String> ACCEPTED_FORMATS = Set.of("wav", "mp3", "mov,mp4,m4a,3gp,3g2,mj2");
    private static final Pattern MAX_VOLUME = Pattern.compile("max_volume: (-?inf|-?[0-9.]+) dB");

    @Inject
    AudioConfig config;

    @Inject
    ObjectMapper json;

    /** The recording's format, length and channels; refuses a corrupt, unsupported or too long file. */
    public AudioInfo probe(Path file) {
        ExternalProcess.Result result = ExternalProcess.run(List.of(config.ffprobe(), "-v", "error", "-show_entries",
                "format=format_name,duration:stream=codec_type,channels", "-of", "json", file.toString()),
                file.getParent(), config.toolTimeout());
        if (!result.succeeded()) {
            throw new RecordingRejected("the recording cannot be read as audio (corrupt or not an audio file): "
                    + result.stderrTail());
        }
        JsonNode root;
        try {
            root = json.readTree(result.stdout());
        } catch (IOException e) {
            throw new RecordingRejected("ffprobe's description of the recording cannot be read: " + e.getMessage());
        }
        String format = root.path("format").path("format_name").asText("");
        if (!ACCEPTED_FORMATS.contains(format)) {
            throw new RecordingRejected("the recording's format '" + format + "' is not accepted: WAV, MP3 and M4A/MP4 are");
        }
        int channels = 0;
        for (JsonNode stream : root.path("streams")) {
            if ("audio".equals(stream.path("codec_type").asText())) {
                channels = stream.path("channels").asInt(0);
                break;
            }
        }
        if (channels == 0) {
            throw new RecordingRejected("the recording holds no audio stream");
        }
        double duration = root.path("format").path("duration").asDouble(Double.NaN);
        if (Double.isNaN(duration) || duration <= 0) {
            throw new RecordingRejected("the recording has no readable length (corrupt or empty)");
        }
        if (duration > config.maxDuration().toSeconds()) {
            throw new RecordingRejected("the recording lasts " + Math.round(duration) + " s; at most "
                    + config.maxDuration().toSeconds() + " s are accepted");
        }
        return new AudioInfo(format, duration, channels);
    }

    /** Writes channel {@code channel} (from 0) of {@code recording} to {@code target} as 16 kHz mono 16-bit WAV. */
    public void speechChannel(Path recording, int channel, Path target) {
        ExternalProcess.Result result = ExternalProcess.run(List.of(config.ffmpeg(), "-v", "error", "-nostdin", "-y",
                "-i", recording.toString(), "-map", "0:a:0", "-af", "pan=mono|c0=c" + channel, "-ar", "16000",
                "-c:a", "pcm_s16le", target.toString()), recording.getParent(), config.toolTimeout());
        if (!result.succeeded()) {
            throw new RecordingRejected("channel " + channel + " of the recording cannot be decoded: " + result.stderrTail());
        }
    }

    /** True when the loudest moment of {@code wav} is below the silence threshold. */
    public boolean silent(Path wav) {
        ExternalProcess.Result result = ExternalProcess.run(List.of(config.ffmpeg(), "-nostdin", "-hide_banner", "-i",
                wav.toString(), "-af", "volumedetect", "-f", "null", "-"), wav.getParent(), config.toolTimeout());
        Matcher loudest = MAX_VOLUME.matcher(result.stderr());
        if (!result.succeeded() || !loudest.find()) {
            throw new RecordingRejected("the volume of the recording cannot be measured: " + result.stderrTail());
        }
        String value = loudest.group(1);
        return value.endsWith("inf") || Double.parseDouble(value) < config.silenceDb();
    }
}
