package io.callreview.events;

import java.util.List;
import java.util.Objects;

/**
 * Binds an event type name and schema version to its topic and payload class, so producers and
 * consumers cannot disagree on any of the three.
 */
public record EventContract<T extends EventPayload>(String type, int schemaVersion, String topic, Class<T> payloadType) {

    public static final EventContract<CallScored> CALL_SCORED =
            new EventContract<>("CallScored", 1, Topics.CALL_SCORED, CallScored.class);
    public static final EventContract<CallReceived> CALL_RECEIVED =
            new EventContract<>("CallReceived", 1, Topics.CALL_RECEIVED, CallReceived.class);
    public static final EventContract<CallRecordingReceived> CALL_RECORDING_RECEIVED =
            new EventContract<>("CallRecordingReceived", 1, Topics.CALL_RECORDING_RECEIVED, CallRecordingReceived.class);
    public static final EventContract<CallScheduled> CALL_SCHEDULED =
            new EventContract<>("CallScheduled", 1, Topics.CALL_SCHEDULED, CallScheduled.class);
    public static final EventContract<RosterChanged> ROSTER_CHANGED =
            new EventContract<>("RosterChanged", 1, Topics.ROSTER_CHANGED, RosterChanged.class);
    public static final EventContract<DisputeResolved> DISPUTE_RESOLVED =
            new EventContract<>("DisputeResolved", 1, Topics.DISPUTE_RESOLVED, DisputeResolved.class);
    public static final EventContract<CallSetAside> CALL_SET_ASIDE =
            new EventContract<>("CallSetAside", 1, Topics.CALL_SET_ASIDE, CallSetAside.class);
    public static final EventContract<NudgeRequested> NUDGE_REQUESTED =
            new EventContract<>("NudgeRequested", 1, Topics.NUDGE_REQUESTED, NudgeRequested.class);
    public static final EventContract<RepSharingChanged> REP_SHARING_CHANGED =
            new EventContract<>("RepSharingChanged", 1, Topics.REP_SHARING_CHANGED, RepSharingChanged.class);
    public static final EventContract<RepResponse> REP_RESPONSE =
            new EventContract<>("RepResponse", 1, Topics.REP_RESPONSE, RepResponse.class);
    public static final EventContract<RepScheduleChanged> REP_SCHEDULE_CHANGED =
            new EventContract<>("RepScheduleChanged", 1, Topics.REP_SCHEDULE_CHANGED, RepScheduleChanged.class);

    public static final List<EventContract<?>> ALL = List.of(CALL_RECEIVED, CALL_RECORDING_RECEIVED, CALL_SCORED, CALL_SCHEDULED, ROSTER_CHANGED,
            DISPUTE_RESOLVED, CALL_SET_ASIDE, NUDGE_REQUESTED, REP_SHARING_CHANGED,
            REP_RESPONSE, REP_SCHEDULE_CHANGED);

    public EventContract {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(payloadType, "payloadType");
    }

    public static EventContract<?> forTopic(String topic) {
        return ALL.stream()
                .filter(contract -> contract.topic().equals(topic))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no event contract for topic " + topic));
    }
}
