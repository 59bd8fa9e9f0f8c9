package io.callreview.sim;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A nudge after every call, as soon as the rep's working hours allow: about the most valuable behaviour missed on it
 * ("did you ...?"), or, when nothing was missed, a well-done about the most valuable one done.
 */
public final class EveryCall implements Policy {

    private record Queued(Instant dueAt, Nudge nudge) {
    }

    private static final Comparator<Behaviour> MOST_VALUABLE_FIRST =
            Comparator.comparingDouble(Behaviour::weight).reversed().thenComparing(Behaviour::key);

    private final Map<String, List<Queued>> queues = new HashMap<>();

    @Override
    public String name() {
        return "every-call";
    }

    @Override
    public void afterCall(SimRep rep, ScoredCall call) {
        Optional<Behaviour> missed = Behaviour.STARTER.stream().filter(b -> !call.graded().get(b.key()))
                .min(MOST_VALUABLE_FIRST);
        Nudge nudge = missed.map(b -> new Nudge("AFTER_CALL", b.key(), List.of(new Ask(Ask.Type.SELF_ASSESSMENT, b.key(), null,
                call.callId())))).orElseGet(() -> {
                    Behaviour best = Behaviour.STARTER.stream().min(MOST_VALUABLE_FIRST).orElseThrow();
                    return new Nudge("AFTER_CALL", best.key(), List.of(new Ask(Ask.Type.READ, best.key(), null, call.callId())));
                });
        queues.computeIfAbsent(rep.id(), id -> new ArrayList<>()).add(new Queued(rep.calendar().nextOpening(call.at()), nudge));
    }

    @Override
    public List<Nudge> dispatch(SimRep rep, Instant now) {
        List<Queued> queue = queues.computeIfAbsent(rep.id(), id -> new ArrayList<>());
        List<Nudge> due = queue.stream().filter(q -> !q.dueAt().isAfter(now)).map(Queued::nudge).toList();
        queue.removeIf(q -> !q.dueAt().isAfter(now));
        return due;
    }
}
