package io.callreview.notification;

import io.callreview.events.EventCodec;
import io.callreview.events.EventContract;
import io.callreview.events.EventEnvelope;
import io.callreview.events.NudgeRequested;
import io.callreview.events.NudgeRequested.Action;
import io.callreview.events.NudgeRequested.ActionType;
import io.callreview.events.Topics;
import io.callreview.testsupport.KafkaTestClient;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Builds NudgeRequested events the way coaching-service sends them, and publishes them to the real broker. */
public final class NudgeFixtures {

    private NudgeFixtures() {
    }

    public static String newRep() {
        return "rep-" + UUID.randomUUID();
    }

    public static Builder nudge(String repId) {
        return new Builder(repId);
    }

    public static EventEnvelope<NudgeRequested> envelope(NudgeRequested payload) {
        return EventEnvelope.wrap(EventContract.NUDGE_REQUESTED, payload, Instant.now());
    }

    public static void publish(EventCodec codec, EventEnvelope<NudgeRequested> envelope) {
        KafkaTestClient.send(Topics.NUDGE_REQUESTED, envelope.payload().repId(), codec.encode(envelope));
    }

    /** Wraps and publishes; returns the nudge id. */
    public static String publish(EventCodec codec, NudgeRequested payload) {
        publish(codec, envelope(payload));
        return payload.nudgeId();
    }

    public static final class Builder {
        private final String repId;
        private String nudgeId = "nudge-" + UUID.randomUUID();
        private String dedupeKey = "feedback:" + UUID.randomUUID();
        private String teamId = "team-a";
        private NudgeRequested.Kind kind = NudgeRequested.Kind.POST_CALL_FEEDBACK;
        private NudgeRequested.Priority priority = NudgeRequested.Priority.NORMAL;
        private boolean urgent;
        private String title = "Great discovery call with Acme";
        private String body = "You uncovered the budget early - well done. One focus for next time: agree on next steps before you hang up.";
        private List<Action> actions = List.of(
                new Action(ActionType.ACKNOWLEDGE, "Got it", null, null),
                new Action(ActionType.SELF_ASSESSMENT, "Did you agree on next steps?", null, "Did you agree on next steps on your last call?"),
                new Action(ActionType.OPEN_CALL_MOMENT, "Hear the moment", "https://app.callreview.test/calls/call-1?t=754000", null));
        private Instant expiresAt;
        private Instant requestedAt = Instant.now();
        private List<String> revises = List.of();

        private Builder(String repId) {
            this.repId = repId;
        }

        public Builder nudgeId(String value) {
            nudgeId = value;
            return this;
        }

        public Builder dedupeKey(String value) {
            dedupeKey = value;
            return this;
        }

        public Builder teamId(String value) {
            teamId = value;
            return this;
        }

        public Builder kind(NudgeRequested.Kind value) {
            kind = value;
            return this;
        }

        public Builder priority(NudgeRequested.Priority value) {
            priority = value;
            return this;
        }

        public Builder urgent(boolean value) {
            urgent = value;
            return this;
        }

        public Builder title(String value) {
            title = value;
            return this;
        }

        public Builder body(String value) {
            body = value;
            return this;
        }

        public Builder actions(List<Action> value) {
            actions = value;
            return this;
        }

        public Builder expiresAt(Instant value) {
            expiresAt = value;
            return this;
        }

        public Builder requestedAt(Instant value) {
            requestedAt = value;
            return this;
        }

        public Builder revises(List<String> value) {
            revises = value;
            return this;
        }

        public NudgeRequested build() {
            return new NudgeRequested(nudgeId, dedupeKey, repId, teamId, kind, priority, urgent, "next-steps", "call-1",
                    "discovery", title, body, "Next steps were missed on 3 of your last 5 discovery calls", actions,
                    expiresAt, requestedAt, false, revises);
        }
    }
}
