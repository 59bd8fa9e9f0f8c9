package io.callreview.scorecard.call.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.callreview.platform.problem.ApiException;
import io.callreview.platform.problem.Problem;
import io.callreview.scorecard.call.CallRequest;
import io.callreview.scorecard.call.ReservedSources;
import io.callreview.scorecard.call.TranscriptRequest;
import io.callreview.scorecard.transcript.TranscriptFormat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns Zoom's {@code recording.transcript_completed} event into a call: the meeting's host is the rep (through
 * the identity mapping, by host id or e-mail), the topic picks the call type, and the WebVTT transcript file is
 * read inline when the payload carries it ({@code content}) or downloaded with the event's {@code download_token}.
 * Everyone in the transcript but the rep is taken as the prospect.
 */
@ApplicationScoped
public class ZoomCalls {

    public static final String SOURCE = ReservedSources.ZOOM;
    public static final String TRANSCRIPT_COMPLETED = "recording.transcript_completed";
    public static final String RECORDING_COMPLETED = "recording.completed";
    public static final String URL_VALIDATION = "endpoint.url_validation";

    @Inject
    ObjectMapper mapper;

    @Inject
    SourceDirectory directory;

    @Inject
    CallRequests requests;

    @Inject
    ZoomTranscriptDownloader downloader;

    /** One file of the recording (the transcript, or the audio) and where it sits in the payload. */
    public record RecordingFile(JsonNode file, String path) {
    }

    /** The event the body carries: a JSON object, else 400. */
    public JsonNode read(byte[] body) {
        try {
            JsonNode root = mapper.readTree(new String(body, StandardCharsets.UTF_8));
            if (root == null || !root.isObject()) {
                throw ApiException.badRequest("body", "a Zoom event is a JSON object");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new ApiException(400, "malformed-json", "Malformed JSON", "the Zoom payload is not valid JSON",
                    List.of(new Problem.FieldError("body", "is not valid JSON")));
        }
    }

    public static String eventId(JsonNode object, RecordingFile file) {
        String fileId = JsonFields.text(file.file(), "id");
        return SOURCE + ":" + JsonFields.required(object, "uuid", "payload.object.uuid") + ":" + (fileId == null ? "transcript" : fileId);
    }

    public static RecordingFile transcriptFile(JsonNode object) {
        return fileOf(object, "TRANSCRIPT", "VTT").orElseThrow(() -> ApiException.unprocessable("payload.object.recording_files",
                "the recording has no TRANSCRIPT file"));
    }

    /** The audio to transcribe: the audio-only M4A file, else the MP4 (whose audio track is used). */
    public static RecordingFile audioFile(JsonNode object) {
        return fileOf(object, "M4A", "M4A").or(() -> fileOf(object, "MP4", "MP4")).orElseThrow(() -> ApiException.unprocessable(
                "payload.object.recording_files", "the recording has no audio file (M4A or MP4)"));
    }

    private static Optional<RecordingFile> fileOf(JsonNode object, String fileType, String fileExtension) {
        JsonNode files = object.path("recording_files");
        for (int i = 0; i < files.size(); i++) {
            JsonNode file = files.get(i);
            String type = String.valueOf(JsonFields.text(file, "file_type")).toUpperCase(Locale.ROOT);
            String extension = String.valueOf(JsonFields.text(file, "file_extension")).toUpperCase(Locale.ROOT);
            if (type.equals(fileType) || extension.equals(fileExtension)) {
                return Optional.of(new RecordingFile(file, "payload.object.recording_files[" + i + "]"));
            }
        }
        return Optional.empty();
    }

    /** The WebVTT text: inline if present, else downloaded (call this outside any transaction). */
    public String transcript(RecordingFile file, String downloadToken) {
        String inline = JsonFields.text(file.file(), "content");
        if (inline != null) {
            return inline;
        }
        String url = JsonFields.required(file.file(), "download_url", file.path() + ".download_url");
        return downloader.download(url, downloadToken, file.path() + ".download_url");
    }

    public CallRequest toCall(JsonNode object, RecordingFile file, String vtt) {
        return toCall(object, file, JsonFields.text(object, "share_url"), new TranscriptRequest(TranscriptFormat.WEBVTT, null, vtt));
    }

    /** A call to transcribe from the audio file (downloaded later, with the event's download_token). */
    public CallRequest toRecordingCall(JsonNode object, RecordingFile audio) {
        return toCall(object, audio, JsonFields.required(audio.file(), "download_url", audio.path() + ".download_url"), null);
    }

    private CallRequest toCall(JsonNode object, RecordingFile file, String recordingUrl, TranscriptRequest transcript) {
        String hostId = JsonFields.text(object, "host_id");
        String hostEmail = JsonFields.text(object, "host_email");
        if (hostId == null && hostEmail == null) {
            throw ApiException.badRequest("payload.object.host_id", "the meeting names no host");
        }
        SourceIdentity rep = directory.identity(SOURCE, "payload.object.host_email", hostId, hostEmail);
        String topic = JsonFields.text(object, "topic");
        String callType = directory.callType(SOURCE, "payload.object.topic", topic);
        Instant start = JsonFields.instant(firstOf(JsonFields.text(file.file(), "recording_start"),
                JsonFields.text(object, "start_time")), "payload.object.start_time");
        long seconds = durationSeconds(object, file);
        return requests.valid(new CallRequest(JsonFields.required(object, "uuid", "payload.object.uuid"), SOURCE,
                rep.repId, rep.teamId, callType, start, (int) seconds, recordingUrl, CallRequests.participants(null, rep),
                transcript));
    }

    private static long durationSeconds(JsonNode object, RecordingFile file) {
        String from = JsonFields.text(file.file(), "recording_start");
        String to = JsonFields.text(file.file(), "recording_end");
        if (from != null && to != null) {
            return Math.max(0, Duration.between(JsonFields.instant(from, file.path() + ".recording_start"),
                    JsonFields.instant(to, file.path() + ".recording_end")).toSeconds());
        }
        return JsonFields.number(JsonFields.text(object, "duration"), "payload.object.duration", 0) * 60;
    }

    private static String firstOf(String a, String b) {
        return a != null ? a : b;
    }
}
