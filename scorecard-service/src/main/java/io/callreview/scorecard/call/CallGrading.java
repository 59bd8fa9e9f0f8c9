package io.callreview.scorecard.call;

import io.callreview.events.CallReceived;
import io.callreview.events.EventEnvelope;
import io.callreview.platform.inbox.ProcessedEvents;
import io.callreview.platform.persistence.RowLocks;
import io.callreview.scorecard.domain.Behaviour;
import io.callreview.scorecard.domain.CallStatus;
import io.callreview.scorecard.domain.CallTranscript;
import io.callreview.scorecard.domain.SalesCall;
import io.callreview.scorecard.domain.ScoreRevision;
import io.callreview.scorecard.domain.SettledScorecards;
import io.callreview.scorecard.grading.ConversationCheck;
import io.callreview.scorecard.grading.Grade;
import io.callreview.scorecard.grading.Grader;
import io.callreview.scorecard.scoring.ScoreRecorder;
import io.callreview.scorecard.transcript.Transcript;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * Grades a received call. The call and its transcript are read in one short transaction, the grade is computed
 * outside any transaction (a second of CPU for a long call should not hold a database connection), and revision 1 is
 * recorded in a second transaction together with the processed event id, under a lock on the call: a redelivered or
 * concurrent event finds the call graded and changes nothing.
 */
@ApplicationScoped
public class CallGrading {

    static final String CONSUMER = "scorecard-grading";

    public enum Outcome { GRADED, NO_CONVERSATION, ALREADY_GRADED, SET_ASIDE, UNKNOWN_CALL }

    /** What grading needs of a call, read before the work starts. */
    private record Work(Transcript transcript, List<Behaviour> behaviours, long durationMs, boolean gradeAnyway) {
    }

    @Inject
    Grader grader;

    @Inject
    ScoreRecorder scores;

    @Inject
    ProcessedEvents processedEvents;

    @Inject
    SettledScorecards scorecards;

    @Inject
    ConversationCheck conversation;

    @Inject
    Clock clock;

    @Inject
    CallGrading self;

    /**
     * Retries transient failures (lock timeouts, deadlocks, a connection lost mid-way) a few times with backoff. A
     * database that stays unreachable is waited out by the consumer ({@link CallReceivedConsumer}), however long.
     */
    @Retry(maxRetries = 6, delay = 250, jitter = 100, maxDuration = 60_000)
    @ExponentialBackoff(maxDelay = 10_000)
    public Outcome grade(EventEnvelope<CallReceived> envelope) {
        Optional<Work> work = self.read(envelope.payload().callId());
        if (work.isEmpty()) {
            return self.skip(envelope);
        }
        Optional<String> noConversation = work.get().gradeAnyway()
                ? Optional.empty() : conversation.noConversation(work.get().transcript());
        if (noConversation.isPresent()) {
            return self.setAside(envelope, noConversation.get());
        }
        Grade grade = grader.grade(work.get().transcript(), work.get().behaviours(), work.get().durationMs());
        return self.record(envelope, grade);
    }

    /** The call's transcript and scorecard, or empty when there is nothing to grade (gone, graded already, set aside). */
    @Transactional
    Optional<Work> read(String callId) {
        SalesCall call = SalesCall.findById(callId);
        if (call == null || call.status != CallStatus.GRADING) {
            return Optional.empty();
        }
        CallTranscript transcript = CallTranscript.findById(callId);
        if (transcript == null) {
            throw new IllegalStateException("call " + callId + " has no transcript to grade");
        }
        return Optional.of(new Work(new Transcript(transcript.segments, transcript.timingEstimated),
                scorecards.of(call.scorecard).behaviours(), call.durationSeconds * 1000L, call.gradeAnyway));
    }

    /**
     * Marks a call whose grading failed for good (after the retries), with the reason, so it does not sit in GRADING
     * unseen: an admin sees it in the call list and grades it again with {@code POST /api/calls/{id}/grading}.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(String callId, Throwable cause) {
        SalesCall call = SalesCall.findById(callId);
        if (call != null) {
            call.stop(CallStatus.GRADING, CallStatus.GRADING_FAILED, "grading failed: " + cause);
        }
    }

    @Transactional
    Outcome skip(EventEnvelope<CallReceived> envelope) {
        processedEvents.firstDelivery(CONSUMER, envelope.eventId());
        SalesCall call = SalesCall.findById(envelope.payload().callId());
        return call == null ? Outcome.UNKNOWN_CALL : notGrading(call);
    }

    /** Leaves a call with no conversation ungraded, saying why: no score, no {@code CallScored}, no nudge. */
    @Transactional
    Outcome setAside(EventEnvelope<CallReceived> envelope, String reason) {
        Claim claim = claim(envelope);
        if (claim.call() == null || claim.call().gradeAnyway) {
            return claim.call() == null ? claim.otherwise() : Outcome.ALREADY_GRADED;
        }
        claim.call().stop(CallStatus.GRADING, CallStatus.NO_CONVERSATION, reason);
        return Outcome.NO_CONVERSATION;
    }

    @Transactional
    Outcome record(EventEnvelope<CallReceived> envelope, Grade grade) {
        Claim claim = claim(envelope);
        if (claim.call() == null || ScoreRevision.findRevision(claim.call(), 1).isPresent()) {
            return claim.call() == null ? claim.otherwise() : Outcome.ALREADY_GRADED;
        }
        scores.recordAutomatic(claim.call(), grade, clock.instant());
        return Outcome.GRADED;
    }

    /**
     * The call, locked, when this is the event's first delivery and the call still waits for grading; else why not. A
     * call an admin set aside while it waited is never graded.
     */
    private record Claim(SalesCall call, Outcome otherwise) {
    }

    private Claim claim(EventEnvelope<CallReceived> envelope) {
        if (!processedEvents.firstDelivery(CONSUMER, envelope.eventId())) {
            return new Claim(null, Outcome.ALREADY_GRADED);
        }
        SalesCall call = RowLocks.lockIfPresent(SalesCall.getEntityManager(), SalesCall.class, envelope.payload().callId());
        if (call == null) {
            return new Claim(null, Outcome.UNKNOWN_CALL);
        }
        return call.status == CallStatus.GRADING ? new Claim(call, null) : new Claim(null, notGrading(call));
    }

    private static Outcome notGrading(SalesCall call) {
        return call.isSetAside() ? Outcome.SET_ASIDE : Outcome.ALREADY_GRADED;
    }
}
