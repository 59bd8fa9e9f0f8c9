package io.callreview.scorecard.recording;

import io.callreview.events.CallRecordingReceived;
import io.callreview.events.EventContract;
import io.callreview.platform.outbox.Outbox;
import io.callreview.platform.problem.ApiException;
import io.callreview.scorecard.domain.CallStatus;
import io.callreview.scorecard.domain.SalesCall;
import io.callreview.scorecard.download.AllowlistedDownloader;
import io.callreview.scorecard.download.DownloadException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * What ingestion does with a call that came as a recording only: refuses a recording URL that would never be
 * downloaded, before anything is stored, and puts the stored call (status TRANSCRIBING) in line for transcription
 * with a {@code CallRecordingReceived} in the caller's transaction.
 */
@ApplicationScoped
public class RecordingIntake {

    @Inject
    AllowlistedDownloader downloader;

    @Inject
    RecordingConfig config;

    @Inject
    Outbox outbox;

    /** 422 naming {@code field} when the URL is not https on an allowlisted host. */
    public void check(String url, String field) {
        try {
            downloader.allowed(url, RecordingConfig.downloadPolicy(config));
        } catch (DownloadException e) {
            throw ApiException.unprocessable(field, "recordings are only downloaded over https from "
                    + String.join(", ", config.downloadHosts()) + ", not from " + url);
        }
    }

    /**
     * Keeps the token a source gave to download the recording of a call still waiting to be transcribed (in the
     * caller's transaction, so it is there before the call's event is consumed).
     */
    public void keepToken(String callId, String token) {
        SalesCall call = SalesCall.findById(callId);
        if (call != null && call.status == CallStatus.TRANSCRIBING && token != null && !token.isBlank()) {
            call.recordingToken = token;
        }
    }

    public void announce(SalesCall call) {
        outbox.publish(EventContract.CALL_RECORDING_RECEIVED, new CallRecordingReceived(call.id, call.repId, call.teamId,
                call.callType.key, call.source, call.externalId));
    }
}
