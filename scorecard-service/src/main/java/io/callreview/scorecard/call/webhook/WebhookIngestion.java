package io.callreview.scorecard.call.webhook;

import io.callreview.scorecard.call.CallIngestionService;
import io.callreview.scorecard.call.CallRequest;
import io.callreview.scorecard.recording.RecordingIntake;
import io.callreview.scorecard.transcript.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Stores the calls of a verified webhook delivery. Every event id is claimed in the same transaction as the
 * call it creates, so a redelivery is acknowledged without a second call, and an event refused halfway (an
 * unmapped owner, a broken transcript) leaves neither a call nor a claimed id behind: all of a delivery or none.
 */
@ApplicationScoped
public class WebhookIngestion {

    /**
     * One event: its id, how to turn it into a call (run inside the transaction), the role of unlisted speakers, and
     * the token its recording is downloaded with when the call is to be transcribed from it (else null).
     */
    public record Inbound(String eventId, Supplier<CallRequest> call, Role unlistedSpeakers, String recordingToken) {

        public Inbound(String eventId, Supplier<CallRequest> call, Role unlistedSpeakers) {
            this(eventId, call, unlistedSpeakers, null);
        }
    }

    @Inject
    CallIngestionService ingestion;

    @Inject
    RecordingIntake recordings;

    @Inject
    Clock clock;

    @Transactional
    public WebhookReceipt receive(String source, List<Inbound> events) {
        List<WebhookReceipt.Event> receipts = new ArrayList<>();
        for (Inbound event : events) {
            if (!WebhookDelivery.claim(source, event.eventId(), clock.instant())) {
                receipts.add(duplicateEvent(source, event.eventId()));
                continue;
            }
            CallIngestionService.Outcome outcome = ingestion.ingest(event.call().get(), "webhook:" + source,
                    event.unlistedSpeakers());
            WebhookDelivery.recordCall(source, event.eventId(), outcome.call().id());
            if (outcome.created() && event.recordingToken() != null) {
                recordings.keepToken(outcome.call().id(), event.recordingToken());
            }
            receipts.add(new WebhookReceipt.Event(event.eventId(),
                    outcome.created() ? WebhookReceipt.Outcome.CREATED : WebhookReceipt.Outcome.ALREADY_KNOWN,
                    outcome.call().id()));
        }
        return new WebhookReceipt(receipts);
    }

    /** The receipt for an event already processed, found by {@link #alreadyProcessed}. */
    @Transactional
    public WebhookReceipt duplicate(String source, String eventId) {
        return new WebhookReceipt(List.of(duplicateEvent(source, eventId)));
    }

    /** The receipt line of an event this service does not act on: acknowledged, nothing stored. */
    public static WebhookReceipt.Event ignored(String eventId) {
        return new WebhookReceipt.Event(eventId, WebhookReceipt.Outcome.IGNORED, null);
    }

    private static WebhookReceipt.Event duplicateEvent(String source, String eventId) {
        return new WebhookReceipt.Event(eventId, WebhookReceipt.Outcome.DUPLICATE, WebhookDelivery.callOf(source, eventId).orElse(null));
    }

    /** A cheap look before expensive work (a transcript download); the claim in {@link #receive} stays the guard. */
    @Transactional
    public boolean alreadyProcessed(String source, String eventId) {
        return WebhookDelivery.callOf(source, eventId).isPresent();
    }
}
