package io.callreview.scorecard.recording;

import io.callreview.events.CallRecordingReceived;
import io.callreview.events.EventCodec;
import io.callreview.events.EventContract;
import io.callreview.events.EventEnvelope;
import io.callreview.scorecard.audio.RecordingRejected;
import io.callreview.scorecard.audio.RecordingUnavailable;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Transcribes the recordings this service received, in its consumer group (partitions keyed by rep, so instances
 * share the work). A recording that is rejected, or still unavailable after {@link RecordingTranscription}'s retries,
 * marks its call TRANSCRIPTION_FAILED with the reason and consumption goes on; a record that cannot be read, or an
 * unexpected failure, also goes to {@code scorecard-service.dead-letter.v1}. The record is acknowledged only after its
 * work is committed, so a crash mid-way means it is consumed again.
 */
@ApplicationScoped
public class CallRecordingConsumer {

    private static final Logger LOG = Logger.getLogger(CallRecordingConsumer.class);

    @Inject
    EventCodec codec;

    @Inject
    RecordingTranscription transcription;

    @Incoming("call-recording-received")
    @Blocking
    public void recordingReceived(String json) {
        EventEnvelope<CallRecordingReceived> envelope = codec.decode(json, EventContract.CALL_RECORDING_RECEIVED);
        String callId = envelope.payload().callId();
        try {
            LOG.debugf("CallRecordingReceived %s: %s", callId, transcription.transcribe(envelope));
        } catch (RecordingRejected | RecordingUnavailable e) {
            LOG.infof("call %s could not be transcribed: %s", callId, e.getMessage());
            transcription.failed(callId, e);
        } catch (RuntimeException | Error e) {
            transcription.failed(callId, e);
            throw e;
        }
    }
}
