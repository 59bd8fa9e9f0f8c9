package io.callreview.scorecard.recording;

import io.callreview.events.CallRecordingReceived;
import io.callreview.events.EventEnvelope;
import io.callreview.platform.inbox.ProcessedEvents;
import io.callreview.platform.persistence.RowLocks;
import io.callreview.scorecard.audio.RecordingRejected;
import io.callreview.scorecard.domain.CallStatus;
import io.callreview.scorecard.domain.CallTranscript;
import io.callreview.scorecard.domain.SalesCall;
import io.callreview.scorecard.scoring.GradingQueue;
import io.callreview.scorecard.transcript.Participant;
import io.callreview.scorecard.transcript.TranscriptFormat;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * Transcribes a call that came as a recording. The call is read in one short transaction, the recording is
 * downloaded and transcribed outside any (minutes of work must not hold a connection), and the transcript is stored in
 * a second transaction together with the processed event id and the call's {@code CallReceived}, under a lock on the
 * call: the call moves from TRANSCRIBING to GRADING exactly once, and the existing grading path grades it. A crash
 * before that commit leaves the event unacknowledged, so it is consumed again and nothing is lost.
 */
@ApplicationScoped
public class RecordingTranscription {

    static final String CONSUMER = "scorecard-transcription";

    public enum Outcome { TRANSCRIBED, ALREADY_TRANSCRIBED, UNKNOWN_CALL }

    /** What transcription needs of a call, read before the work starts. */
    private record Work(String recordingUrl, String token, String source, List<Participant> participants) {
    }

    @Inject
    RecordingTranscriber transcriber;

    @Inject
    ProcessedEvents processedEvents;

    @Inject
    GradingQueue grading;

    @Inject
    RecordingConfig config;

    @Inject
    RecordingTranscription self;

    /** A recording or transcriber that is unavailable is tried again with backoff; a rejected recording is not. */
    @Retry(maxRetries = 4, delay = 5_000, jitter = 1_000, maxDuration = 1_800_000, abortOn = RecordingRejected.class)
    @ExponentialBackoff(maxDelay = 120_000)
    public Outcome transcribe(EventEnvelope<CallRecordingReceived> envelope) {
        Optional<Work> work = self.read(envelope.payload().callId());
        if (work.isEmpty()) {
            return self.skip(envelope);
        }
        RecordingTranscriber.Result result = transcriber.transcribe(work.get().recordingUrl(), work.get().token(),
                work.get().source(), work.get().participants());
        return self.record(envelope, result);
    }

    /** The call's recording, or empty when there is nothing to transcribe (gone, or transcribed already). */
    @Transactional
    Optional<Work> read(String callId) {
        SalesCall call = SalesCall.findById(callId);
        if (call == null || call.status != CallStatus.TRANSCRIBING) {
            return Optional.empty();
        }
        return Optional.of(new Work(call.recordingUrl, call.recordingToken, call.source, List.copyOf(call.participants)));
    }

    @Transactional
    Outcome skip(EventEnvelope<CallRecordingReceived> envelope) {
        processedEvents.firstDelivery(CONSUMER, envelope.eventId());
        return SalesCall.findById(envelope.payload().callId()) == null ? Outcome.UNKNOWN_CALL : Outcome.ALREADY_TRANSCRIBED;
    }

    @Transactional
    Outcome record(EventEnvelope<CallRecordingReceived> envelope, RecordingTranscriber.Result result) {
        if (!processedEvents.firstDelivery(CONSUMER, envelope.eventId())) {
            return Outcome.ALREADY_TRANSCRIBED;
        }
        SalesCall call = SalesCall.findById(envelope.payload().callId());
        if (call == null) {
            return Outcome.UNKNOWN_CALL;
        }
        RowLocks.lock(SalesCall.getEntityManager(), call);
        if (call.status != CallStatus.TRANSCRIBING || CallTranscript.findById(call.id) != null) {
            return Outcome.ALREADY_TRANSCRIBED;
        }
        CallTranscript stored = new CallTranscript();
        stored.callId = call.id;
        stored.format = TranscriptFormat.SEGMENTS;
        stored.timingEstimated = false;
        stored.wordCount = result.transcript().wordCount();
        stored.segments = result.transcript().segments();
        stored.persist();
        if (call.durationSeconds == 0) {
            call.durationSeconds = result.durationSeconds();
        }
        call.status = CallStatus.GRADING;
        call.recordingToken = null;
        call.statusReason = ReviewNotes.of(result, config.minRecognitionConfidence());
        grading.announce(call);
        return Outcome.TRANSCRIBED;
    }

    /**
     * Marks a call whose transcription failed for good (a rejected recording, or after the last retry) with the
     * reason, so it does not sit in TRANSCRIBING unseen: an admin transcribes it again with
     * {@code POST /api/calls/{id}/transcription}.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(String callId, Throwable cause) {
        SalesCall call = SalesCall.findById(callId);
        if (call != null) {
            call.stop(CallStatus.TRANSCRIBING, CallStatus.TRANSCRIPTION_FAILED, "transcription failed: "
                    + (cause.getMessage() == null ? cause.toString() : cause.getMessage()));
        }
    }
}
