package io.callreview.sim;

import io.callreview.coaching.rules.RepCalendar;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A simulated rep: their learning rate, their memory of each behaviour, when their calls are, and how they act on
 * calls and on nudges. Their random draws come from three streams of their own (calls, grading, reactions), so that
 * under every policy the same rep makes the same calls and the grader errs on the same draws.
 */
public final class SimRep {

    private final String id;
    private final double learningRate;
    private final RepCalendar calendar;
    private final Map<String, Memory> memories;
    private final List<Instant> callTimes;
    private final Random calls;
    private final Random grading;
    private final Random reactions;
    private final Map<String, Map<String, Boolean>> doneByCall = new HashMap<>();
    private int nextCall;

    SimRep(String id, double learningRate, RepCalendar calendar, Map<String, Memory> memories, List<Instant> callTimes,
           Random seeds) {
        this.id = id;
        this.learningRate = learningRate;
        this.calendar = calendar;
        this.memories = memories;
        this.callTimes = List.copyOf(callTimes);
        this.calls = new Random(seeds.nextLong());
        this.grading = new Random(seeds.nextLong());
        this.reactions = new Random(seeds.nextLong());
    }

    public String id() {
        return id;
    }

    public double learningRate() {
        return learningRate;
    }

    public RepCalendar calendar() {
        return calendar;
    }

    public Memory memory(String behaviourKey) {
        return memories.get(behaviourKey);
    }

    /** The calls that start in [from, to), in order; each is handed out once. */
    public List<Instant> callsBetween(Instant from, Instant to) {
        List<Instant> due = new ArrayList<>();
        while (nextCall < callTimes.size() && callTimes.get(nextCall).isBefore(to)) {
            Instant at = callTimes.get(nextCall++);
            if (!at.isBefore(from)) {
                due.add(at);
            }
        }
        return due;
    }

    /** A call at {@code at}: each behaviour done with the probability of the rep's memory and skill, then graded. */
    public ScoredCall call(String callId, Instant at, double graderAccuracy) {
        Map<String, Boolean> done = new LinkedHashMap<>();
        Map<String, Boolean> graded = new LinkedHashMap<>();
        memories.forEach((key, memory) -> {
            boolean did = calls.nextDouble() < memory.doing(at);
            done.put(key, did);
            graded.put(key, grading.nextDouble() < graderAccuracy ? did : !did);
        });
        done.forEach((key, did) -> {
            if (did) {
                memories.get(key).practise(at, Exposure.CALL, true, learningRate);
            }
        });
        doneByCall.put(callId, done);
        return new ScoredCall(callId, ScoredCall.CALL_TYPE, at, done, graded);
    }

    /** What the rep does with a nudge at {@code at}: nothing unless they open it; then each ask is practice. */
    public List<Reply> open(Nudge nudge, Instant at, double openRate, double trainingDoneRate) {
        if (reactions.nextDouble() >= openRate) {
            return List.of();
        }
        List<Reply> replies = new ArrayList<>();
        for (Ask ask : nudge.asks()) {
            replies.add(new Reply(ask, act(ask, memories.get(ask.behaviourKey()), at, trainingDoneRate), at));
        }
        return replies;
    }

    private boolean act(Ask ask, Memory memory, Instant at, double trainingDoneRate) {
        switch (ask.type()) {
            case SELF_ASSESSMENT -> {
                boolean did = doneByCall.getOrDefault(ask.callId(), Map.of()).getOrDefault(ask.behaviourKey(), false);
                boolean truthful = reactions.nextDouble() < 0.6 + 0.4 * memory.retrievability(at);
                memory.practise(at, Exposure.FEEDBACK, true, learningRate);
                return truthful == did;
            }
            case REFLECTION -> {
                boolean explained = reactions.nextDouble() < memory.explaining(at);
                memory.reflect(learningRate);
                memory.practise(at, Exposure.REFLECTION, true, learningRate);
                return explained;
            }
            case QUESTION -> {
                boolean right = reactions.nextDouble() < memory.answering(at);
                memory.practise(at, Exposure.RETRIEVAL, right, learningRate);
                return right;
            }
            case READ -> {
                memory.practise(at, Exposure.READING, true, learningRate);
                return true;
            }
            case TRAINING -> {
                boolean done = reactions.nextDouble() < trainingDoneRate;
                if (done) {
                    memory.train(at, learningRate);
                }
                return done;
            }
            default -> throw new IllegalStateException("unknown ask " + ask.type());
        }
    }
}
