package io.callreview.loadtest.suite;

import io.callreview.launcher.ApiClient;
import io.callreview.launcher.TranscriptGenerator;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Generates realistic calls up front: 20 to 60 minute conversations from {@link TranscriptGenerator} (a rep and a
 * prospect at a natural speaking rate, behaviours shown as the rep's skill says), over several call types, sent as
 * Zoom-style WebVTT or JSON segments. Calls are dealt to the reps in turn, so each rep gets an even share; each
 * call started a few minutes before it is generated, recent enough for post-call feedback.
 *
 * <p>The generator draws its sentences from a small pool, which the grader embeds once per call; with distinct
 * sentences every sentence is numbered, so that each is new text to the sentence model, as in a real call.
 */
public final class CallFactory {

    private static final List<String> PROSPECTS = List.of("Dana Whitfield", "Paul Prospect", "Mia Novak", "Hugo Brandt",
            "Zara Ahmed", "Felix Moreau", "Eva Rossi", "Sam Ortega");

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.?!])\\s+");

    private final Random random;
    private final String runId;
    private final List<String> callTypes;
    private final int minMinutes;
    private final int maxMinutes;
    private final boolean distinctSentences;
    private int sequence;

    public CallFactory(long seed, String runId, List<String> callTypes, int minMinutes, int maxMinutes) {
        this(seed, runId, callTypes, minMinutes, maxMinutes, false);
    }

    public CallFactory(long seed, String runId, List<String> callTypes, int minMinutes, int maxMinutes, boolean distinctSentences) {
        this.distinctSentences = distinctSentences;
        this.random = new Random(seed);
        this.runId = runId;
        this.callTypes = List.copyOf(callTypes);
        this.minMinutes = minMinutes;
        this.maxMinutes = maxMinutes;
    }

    /** {@code count} calls dealt round-robin over {@code reps}. */
    public List<PlannedCall> plan(List<Rep> reps, int count) {
        List<PlannedCall> calls = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            calls.add(next(reps.get(i % reps.size())));
        }
        return calls;
    }

    public PlannedCall next(Rep rep) {
        int n = ++sequence;
        int minutes = minMinutes + random.nextInt(maxMinutes - minMinutes + 1);
        String callType = callTypes.get(random.nextInt(callTypes.size()));
        String prospect = PROSPECTS.get(random.nextInt(PROSPECTS.size()));
        List<TranscriptGenerator.Segment> segments = new TranscriptGenerator(random.nextLong()).call(rep.name(), prospect, minutes, rep.skill());
        if (distinctSentences) {
            segments = numbered(segments);
        }
        String externalId = "load-" + runId + "-" + n;
        Instant startedAt = Instant.now().minus(minutes + 10L, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("externalId", externalId);
        body.put("source", "salesforce");
        body.put("repId", rep.id());
        body.put("teamId", rep.teamId());
        body.put("callType", callType);
        body.put("startedAt", startedAt.toString());
        body.put("durationSeconds", minutes * 60);
        body.put("recordingUrl", "https://recordings.example.com/" + externalId + ".mp4");
        body.put("participants", List.of(Map.of("name", rep.name(), "role", "rep"), Map.of("name", prospect, "role", "prospect")));
        if (n % 3 == 0) {
            body.put("transcript", Map.of("format", "segments", "segments", segments));
        } else {
            body.put("transcript", Map.of("format", "webvtt", "content", TranscriptGenerator.toWebVtt(segments)));
        }
        byte[] json = ApiClient.json(body).getBytes(StandardCharsets.UTF_8);
        return new PlannedCall(rep, externalId, callType, minutes, TranscriptGenerator.wordCount(segments), json);
    }

    private static List<TranscriptGenerator.Segment> numbered(List<TranscriptGenerator.Segment> segments) {
        List<TranscriptGenerator.Segment> numbered = new ArrayList<>(segments.size());
        int sentence = 0;
        for (TranscriptGenerator.Segment segment : segments) {
            StringBuilder text = new StringBuilder();
            for (String part : SENTENCE_END.split(segment.text())) {
                text.append(text.isEmpty() ? "" : " ").append("Point ").append(++sentence).append(", ").append(part);
            }
            numbered.add(new TranscriptGenerator.Segment(segment.speaker(), segment.startMs(), segment.endMs(), text.toString()));
        }
        return numbered;
    }
}
