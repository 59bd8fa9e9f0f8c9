package io.callreview.scorecard.grading;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.callreview.events.Verdict;
import io.callreview.scorecard.scorecard.StarterScorecard;
import io.callreview.scorecard.transcript.Role;
import io.callreview.scorecard.transcript.Segment;
import io.callreview.scorecard.transcript.Transcript;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The call of the README's walk-through, graded as the README says it is: every starter behaviour MET but the
 * critical next steps, so that the coach's review in the next step, which confirms the grade, needs no reasons.
 */
class WalkthroughCallTest {

    private static final Pattern CALL_BODY = Pattern.compile("CALL_BODY=\\$\\(cat <<EOF\\n(.*?)\\nEOF", Pattern.DOTALL);

    @Test
    void theReadmesCallIsGradedAsTheReadmeSays() throws IOException {
        JsonNode call = readmeCall();
        Transcript transcript = transcriptOf(call);
        long callMs = call.get("durationSeconds").asLong() * 1000;
        Grader grader = new Grader(TextAnalysis.withDefaultConcepts(), GradingSettings.DEFAULTS, OnnxSentenceEncoder.load());

        Grade grade = grader.grade(transcript, StarterScorecard.behaviours(), callMs);

        Map<String, Verdict> verdicts = new HashMap<>();
        grade.behaviours().forEach(b -> verdicts.put(b.behaviour().key(), b.verdict()));
        assertThat(verdicts).containsEntry("next-steps", Verdict.MISSED);
        verdicts.remove("next-steps");
        assertThat(verdicts).isNotEmpty().allSatisfy((key, verdict) -> assertThat(verdict).as(key).isEqualTo(Verdict.MET));
        assertThat(grade.behaviours()).filteredOn(b -> b.verdict() == Verdict.MET).allSatisfy(b -> assertThat(b.evidence()).isNotEmpty());
    }

    private static JsonNode readmeCall() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        Matcher body = CALL_BODY.matcher(readme);
        assertThat(body.find()).as("the walk-through's CALL_BODY in README.md").isTrue();
        return new ObjectMapper().readTree(body.group(1).replaceAll("\\$\\(date [^)]*\\)", "2026-12-01T10:00:00Z"));
    }

    private static Transcript transcriptOf(JsonNode call) {
        Map<String, Role> roles = new HashMap<>();
        call.get("participants").forEach(p -> roles.put(p.get("name").asText(),
                Role.valueOf(p.get("role").asText().toUpperCase(Locale.ROOT))));
        List<Segment> segments = new ArrayList<>();
        call.get("transcript").get("segments").forEach(s -> segments.add(new Segment(s.get("speaker").asText(),
                s.get("startMs").asLong(), s.get("endMs").asLong(), s.get("text").asText(), roles.get(s.get("speaker").asText()))));
        return new Transcript(segments, false);
    }
}
