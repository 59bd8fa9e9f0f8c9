package io.callreview.scorecard.recording;

import io.callreview.scorecard.audio.AudioInfo;
import io.callreview.scorecard.audio.AudioTools;
import io.callreview.scorecard.audio.RecordingRejected;
import io.callreview.scorecard.audio.RecordingUnavailable;
import io.callreview.scorecard.download.AllowlistedDownloader;
import io.callreview.scorecard.download.DownloadException;
import io.callreview.scorecard.speech.SpokenText;
import io.callreview.scorecard.speech.Transcriber;
import io.callreview.scorecard.transcript.Participant;
import io.callreview.scorecard.transcript.Transcript;
import io.callreview.scorecard.transcript.Words;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * From a recording's URL to a transcript with speaker roles, in a scratch folder deleted afterwards: download
 * (allowlisted hosts, size and time limits), probe, split per channel into 16 kHz mono WAV, skip silent channels,
 * transcribe each channel on its own, attribute the speakers. Touches no database.
 */
@ApplicationScoped
public class RecordingTranscriber {

    /** The transcript, the recording's length, and whether it was mono (one speaker of unknown role). */
    /** @param recognitionConfidence the recogniser's mean confidence in the words it heard, null when it does not say */
    public record Result(Transcript transcript, int durationSeconds, boolean mono, Double recognitionConfidence) {
    }

    private static final Logger LOG = Logger.getLogger(RecordingTranscriber.class);

    @Inject
    AllowlistedDownloader downloader;

    @Inject
    RecordingConfig config;

    @Inject
    AudioTools audio;

    @Inject
    Transcriber transcriber;

    @Inject
    RecordingCredentials credentials;

    /** {@code token}, when not null, is sent as the download's bearer token; see {@link RecordingCredentials}. */
    public Result transcribe(String url, String token, String source, List<Participant> participants) {
        Path dir;
        try {
            dir = Files.createTempDirectory("recording-");
        } catch (IOException e) {
            throw new RecordingUnavailable("no scratch folder for the recording: " + e.getMessage(), e);
        }
        try {
            Path file = dir.resolve("recording");
            download(url, token, source, file);
            AudioInfo info = audio.probe(file);
            List<ChannelSpeech> channels = new ArrayList<>();
            boolean anyVoice = false;
            for (int channel = 0; channel < info.channels(); channel++) {
                Path wav = dir.resolve("channel-" + channel + ".wav");
                audio.speechChannel(file, channel, wav);
                boolean silent = audio.silent(wav);
                anyVoice |= !silent;
                channels.add(new ChannelSpeech(channel, silent ? List.of() : transcriber.transcribe(wav)));
            }
            if (!anyVoice) {
                throw new RecordingRejected("the recording is silent: no channel holds sound above the silence threshold");
            }
            if (channels.stream().allMatch(c -> c.speech().isEmpty())) {
                throw new RecordingRejected("no speech was recognised in the recording");
            }
            boolean mono = channels.size() == 1;
            Transcript transcript = mono ? SpeakerAttribution.mono(channels.get(0), participants)
                    : SpeakerAttribution.byChannel(channels, ChannelRoles.forSource(config, source), participants);
            return new Result(transcript, (int) Math.ceil(info.durationSeconds()), mono, recognitionConfidence(channels));
        } finally {
            delete(dir);
        }
    }

    /** The mean confidence of every word heard on every channel, or null when the recogniser gave none. */
    static Double recognitionConfidence(List<ChannelSpeech> channels) {
        double weighted = 0;
        int words = 0;
        for (ChannelSpeech channel : channels) {
            for (SpokenText spoken : channel.speech()) {
                if (spoken.confidence() != null) {
                    int count = Words.count(spoken.text());
                    weighted += spoken.confidence() * count;
                    words += count;
                }
            }
        }
        return words == 0 ? null : weighted / words;
    }

    private void download(String url, String token, String source, Path file) {
        try {
            downloader.toFile(url, RecordingConfig.downloadPolicy(config), credentials.authorization(source, token), file);
        } catch (DownloadException e) {
            String reason = "the recording could not be downloaded: " + e.getMessage();
            throw e.kind() == DownloadException.Kind.UNAVAILABLE ? new RecordingUnavailable(reason, e) : new RecordingRejected(reason);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            LOG.warnf("the recording's scratch folder %s could not be deleted: %s", dir, e);
        }
    }
}
