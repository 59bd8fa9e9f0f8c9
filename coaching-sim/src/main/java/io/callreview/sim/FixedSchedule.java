package io.callreview.sim;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A fixed schedule: a reminder with a question about every behaviour every seven days (each behaviour on its own
 * weekday, at 10:00), retired for a behaviour once the rep has answered two of its questions right.
 */
public final class FixedSchedule implements Policy {

    static final Duration EVERY = Duration.ofDays(7);
    static final int RETIRE_AFTER_RIGHT = 2;

    private final Map<String, Map<String, Instant>> nextDue = new HashMap<>();
    private final Map<String, Map<String, Integer>> right = new HashMap<>();

    @Override
    public String name() {
        return "fixed-7d";
    }

    @Override
    public List<Nudge> dispatch(SimRep rep, Instant now) {
        Map<String, Instant> due = nextDue.computeIfAbsent(rep.id(), id -> firstReminders(rep));
        Map<String, Integer> answers = right.computeIfAbsent(rep.id(), id -> new HashMap<>());
        List<Nudge> sent = new ArrayList<>();
        due.forEach((key, at) -> {
            if (!at.isAfter(now) && answers.getOrDefault(key, 0) < RETIRE_AFTER_RIGHT) {
                sent.add(new Nudge("REMINDER", key, List.of(Ask.question(key, null))));
            }
        });
        sent.forEach(n -> due.put(n.behaviourKey(), due.get(n.behaviourKey()).plus(EVERY)));
        return sent;
    }

    @Override
    public void answered(SimRep rep, Nudge nudge, List<Reply> replies) {
        replies.stream().filter(Reply::right)
                .forEach(r -> right.get(rep.id()).merge(r.ask().behaviourKey(), 1, Integer::sum));
    }

    /** Whether the reminders about a behaviour have stopped for a rep. */
    public boolean retired(SimRep rep, String behaviourKey) {
        return right.getOrDefault(rep.id(), Map.of()).getOrDefault(behaviourKey, 0) >= RETIRE_AFTER_RIGHT;
    }

    private static Map<String, Instant> firstReminders(SimRep rep) {
        Map<String, Instant> due = new HashMap<>();
        for (int i = 0; i < Behaviour.STARTER.size(); i++) {
            due.put(Behaviour.STARTER.get(i).key(), Team.START.plusDays(i % 5).atTime(10, 0).atZone(rep.calendar().zone()).toInstant());
        }
        return due;
    }
}
