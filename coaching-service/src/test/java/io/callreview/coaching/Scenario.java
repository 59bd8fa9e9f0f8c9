package io.callreview.coaching;

import io.callreview.events.CallScheduled;
import io.callreview.events.CallScored;
import io.callreview.events.EventCodec;
import io.callreview.events.EventContract;
import io.callreview.events.EventEnvelope;
import io.callreview.events.EventPayload;
import io.callreview.events.Evidence;
import io.callreview.events.RepResponse;
import io.callreview.events.RepScheduleChanged;
import io.callreview.events.Verdict;
import io.callreview.testsupport.KafkaTestClient;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Builds and sends the events other services publish, the way they publish them: an {@link EventCodec}
 * envelope as a String record keyed by the rep, on the real embedded broker.
 */
public final class Scenario {

    public static final String DISCOVERY = "discovery";
    public static final List<DayOfWeek> WEEKDAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    private static final AtomicLong SCHEDULE_REVISIONS = new AtomicLong();

    private final EventCodec codec;
    private final String teamId;

    public Scenario(EventCodec codec) {
        this.codec = codec;
        this.teamId = unique("team");
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public String teamId() {
        return teamId;
    }

    public String newRep() {
        return unique("rep");
    }

    /** One call's verdicts, in the scorecard's order. */
    public static final class Call {
        final String callId;
        final String repId;
        String callType = DISCOVERY;
        Instant startedAt;
        int revision = 1;
        CallScored.Scorer scorer = CallScored.Scorer.automatic();
        Double overallScore = 70.0;
        final Map<String, Verdict> verdicts = new LinkedHashMap<>();
        final Map<String, Double> weights = new LinkedHashMap<>();
        final List<CallScored.Moment> moments = new ArrayList<>();
        String strengthPick;
        String focusPick;
        String disputeId;
        String summary;
        Instant scoredAt;

        Call(String callId, String repId, Instant startedAt) {
            this.callId = callId;
            this.repId = repId;
            this.startedAt = startedAt;
        }

        public Call met(String behaviour) {
            return verdict(behaviour, Verdict.MET);
        }

        public Call missed(String behaviour) {
            return verdict(behaviour, Verdict.MISSED);
        }

        public Call notApplicable(String behaviour) {
            return verdict(behaviour, Verdict.NOT_APPLICABLE);
        }

        public Call verdict(String behaviour, Verdict verdict) {
            verdicts.put(behaviour, verdict);
            return this;
        }

        public Call weight(String behaviour, double weight) {
            weights.put(behaviour, weight);
            return this;
        }

        /** The coach's picks in their review: the rep's strength and focus on this call. */
        public Call picks(String strength, String focus) {
            this.strengthPick = strength;
            this.focusPick = focus;
            return this;
        }

        /** The coach's summary of their review. */
        public Call summary(String summary) {
            this.summary = summary;
            return this;
        }

        /** A coach's comment pinned to a moment of the recording. */
        public Call comment(String behaviour, long atMs, String comment) {
            moments.add(new CallScored.Moment(atMs, behaviour, comment));
            return this;
        }

        public Call scoredAt(Instant at) {
            this.scoredAt = at;
            return this;
        }

        public Call type(String callType) {
            this.callType = callType;
            return this;
        }

        public Call score(double score) {
            this.overallScore = score;
            return this;
        }

        public String id() {
            return callId;
        }

        public Instant startedAt() {
            return startedAt;
        }

        /** The same call re-scored by a coach who accepted the rep's dispute of a verdict: set its verdicts again. */
        public Call revisedByAcceptedDispute(String coachId, String disputeId) {
            Call revision = revisedByCoach(coachId);
            revision.disputeId = disputeId;
            return revision;
        }

        /** The same call re-scored by a coach: set its verdicts again. */
        public Call revisedByCoach(String coachId) {
            Call revision = new Call(callId, repId, startedAt);
            revision.callType = callType;
            revision.revision = this.revision + 1;
            revision.scorer = CallScored.Scorer.coach(coachId);
            revision.weights.putAll(weights);
            revision.overallScore = overallScore;
            return revision;
        }

        /** The same call filed under another rep by an admin: the next revision, the same verdicts by the same scorer. */
        public Call movedTo(String otherRep) {
            Call moved = new Call(callId, otherRep, startedAt);
            moved.callType = callType;
            moved.revision = revision + 1;
            moved.scorer = scorer;
            moved.overallScore = overallScore;
            moved.weights.putAll(weights);
            moved.verdicts.putAll(verdicts);
            return moved;
        }

        /** An older revision of the same call, arriving late. */
        public Call revision(int number) {
            Call older = new Call(callId, repId, startedAt);
            older.callType = callType;
            older.revision = number;
            older.weights.putAll(weights);
            older.verdicts.putAll(verdicts);
            return older;
        }
    }

    public Call call(String repId, Instant startedAt) {
        return new Call(unique("call"), repId, startedAt);
    }

    public static String question(String behaviour) {
        return "Does the rep " + behaviour.replace('-', ' ') + "?";
    }

    /** Two guidance points per behaviour: "Plan to ask budget. Listen to the answer about ask budget." */
    public static String guidance(String behaviour) {
        String words = behaviour.replace('-', ' ');
        return "Plan to " + words + ". Listen to the answer about " + words + ".";
    }

    public static String quote(String behaviour, String callId) {
        return "I " + behaviour.replace('-', ' ') + " on " + callId;
    }

    public CallScored scored(Call call) {
        List<CallScored.BehaviourResult> results = new ArrayList<>();
        long at = 60_000;
        for (Map.Entry<String, Verdict> entry : call.verdicts.entrySet()) {
            String key = entry.getKey();
            List<Evidence> evidence = entry.getValue() == Verdict.MET
                    ? List.of(new Evidence(at, at + 4_000, "rep", quote(key, call.callId)))
                    : List.of();
            results.add(new CallScored.BehaviourResult(key, question(key), "QUALIFICATION",
                    call.weights.getOrDefault(key, 1.0), false, entry.getValue(), 0.9, evidence, at + 30_000, null,
                    guidance(key), List.of()));
            at += 120_000;
        }
        return new CallScored(call.callId, "crm-" + call.callId, "test", call.repId, teamId, call.callType, call.revision,
                call.scorer, 1, call.overallScore, false, call.startedAt, 1_800, "https://rec.example/" + call.callId,
                call.scoredAt != null ? call.scoredAt : call.startedAt.plusSeconds(2_000), results, call.strengthPick, call.focusPick,
                call.moments, call.disputeId, call.summary);
    }

    public EventEnvelope<CallScored> send(Call call) {
        return send(EventContract.CALL_SCORED, scored(call));
    }

    public <T extends EventPayload> EventEnvelope<T> send(EventContract<T> contract, T payload) {
        EventEnvelope<T> envelope = EventEnvelope.wrap(contract, payload, Instant.now());
        resend(contract, envelope);
        return envelope;
    }

    /** Sends an envelope again, as an at-least-once producer may. */
    public <T extends EventPayload> void resend(EventContract<T> contract, EventEnvelope<T> envelope) {
        KafkaTestClient.send(contract.topic(), envelope.payload().partitionKey(), codec.encode(envelope));
    }

    public EventEnvelope<CallScheduled> schedule(String repId, String scheduledCallId, String callType, Instant startsAt) {
        return send(EventContract.CALL_SCHEDULED,
                new CallScheduled(scheduledCallId, "crm-" + scheduledCallId, "test", repId, teamId, callType, startsAt));
    }

    public EventEnvelope<RepResponse> selfAssessment(String repId, String behaviour, String callId,
                                                      RepResponse.SelfAssessment answer, Instant at) {
        return send(EventContract.REP_RESPONSE, new RepResponse(unique("resp"), unique("nudge"), repId, behaviour, callId,
                RepResponse.Kind.SELF_ASSESSMENT, answer, at));
    }

    /**
     * The rep's answer to a reflection prompt, as notification-service publishes it: with the nudge's own behaviour
     * (its focus, which may be another one than the reflection is about).
     */
    public EventEnvelope<RepResponse> reflection(String repId, String nudgeId, String nudgeBehaviour, String callId,
                                                 String choice, String text, Instant at) {
        return send(EventContract.REP_RESPONSE, new RepResponse(unique("resp"), nudgeId, repId, nudgeBehaviour, callId,
                RepResponse.Kind.REFLECTION, null, at, choice, text));
    }

    public EventEnvelope<RepResponse> quizAnswer(String repId, String nudgeId, String behaviour, String choice, Instant at) {
        return send(EventContract.REP_RESPONSE, new RepResponse(unique("resp"), nudgeId, repId, behaviour, null,
                RepResponse.Kind.QUIZ_ANSWER, null, at, choice, null));
    }

    public EventEnvelope<RepResponse> acknowledged(String repId, String behaviour, Instant at) {
        return send(EventContract.REP_RESPONSE, new RepResponse(unique("resp"), unique("nudge"), repId, behaviour, null,
                RepResponse.Kind.ACKNOWLEDGED, null, at));
    }

    /** The rep's schedule as notification-service announces it, with a revision higher than any sent before. */
    public EventEnvelope<RepScheduleChanged> workingHours(String repId, String timeZone, String start, String end,
                                                          List<DayOfWeek> days, int dailyCap) {
        return send(EventContract.REP_SCHEDULE_CHANGED, scheduleChanged(repId, timeZone, start, end, days, dailyCap,
                SCHEDULE_REVISIONS.incrementAndGet()));
    }

    public RepScheduleChanged scheduleChanged(String repId, String timeZone, String start, String end, List<DayOfWeek> days,
                                              int dailyCap, long revision) {
        return new RepScheduleChanged(repId, teamId, timeZone, LocalTime.parse(start), LocalTime.parse(end), days, "21:00-08:00",
                dailyCap, revision, Instant.now());
    }
}
