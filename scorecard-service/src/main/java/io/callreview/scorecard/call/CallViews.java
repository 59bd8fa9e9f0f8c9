package io.callreview.scorecard.call;

import io.callreview.events.CallScored;
import io.callreview.scorecard.domain.Behaviour;
import io.callreview.scorecard.domain.CallTranscript;
import io.callreview.scorecard.domain.SalesCall;
import io.callreview.scorecard.domain.ScoreRevision;
import io.callreview.scorecard.roster.RosterRep;
import io.callreview.scorecard.scoring.StrengthAndFocus;
import java.util.List;
import java.util.Map;

/** Turns stored calls, transcripts and scores, as loaded, into what the calls API answers. */
final class CallViews {

    private CallViews() {
    }

    /** {@code transcript} and {@code latest} may be null: a call without them shows none. */
    static CallView call(SalesCall call, CallTranscript transcript, ScoreRevision latest) {
        TranscriptSummary summary = transcript == null ? null : new TranscriptSummary(transcript.format,
                transcript.wordCount, transcript.segments.size(), transcript.timingEstimated);
        return new CallView(call.id, call.externalId, call.source, call.repId, RosterRep.displayName(call.repId),
                call.teamId, call.callType.key,
                call.scorecard.version, call.startedAt, call.durationSeconds, call.recordingUrl, call.participants,
                call.status, call.statusReason, call.setAsideBy, call.setAsideAt, call.receivedAt, summary, latest == null ? null : score(latest));
    }

    static CallPage.CallSummary summary(SalesCall call, ScoreRevision latest, String repName) {
        return new CallPage.CallSummary(call.id, call.externalId, call.source, call.repId, repName, call.teamId, call.callType.key,
                call.startedAt, call.durationSeconds, call.status, latest == null ? null : latest.revision,
                latest == null ? null : latest.overallScore, latest != null && latest.autoFailed,
                latest != null && latest.reviewRequired);
    }

    static ScoreView score(ScoreRevision score) {
        Map<String, Behaviour> definitions = score.scorecard.behavioursByKey();
        List<BehaviourVerdictView> behaviours = score.verdicts.stream().map(v -> {
            Behaviour b = definitions.get(v.key);
            return new BehaviourVerdictView(v.key, b.question(), b.category(), b.weight(), b.critical(), b.naAllowed(), v.verdict,
                    v.confidence, v.evidence, v.expectedAtMs, v.rationale, v.comment);
        }).toList();
        StrengthAndFocus strengthAndFocus = StrengthAndFocus.of(score, definitions);
        return new ScoreView(score.call.id, score.revision, score.status,
                new CallScored.Scorer(score.scorerKind, score.scorerId), score.scorecard.version, score.overallScore,
                score.autoFailed, score.reviewRequired, score.createdAt, behaviours, score.metrics,
                strengthAndFocus.strength(), strengthAndFocus.focus(), score.momentsOrEmpty(), score.comment, score.disputeId);
    }

    static TranscriptView transcript(CallTranscript transcript) {
        return new TranscriptView(transcript.callId, transcript.format, transcript.timingEstimated, transcript.wordCount,
                transcript.segments);
    }
}
